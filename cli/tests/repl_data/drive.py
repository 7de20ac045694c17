"""Drives `weft` in a pseudo-terminal as a person would: types lines, waits for text.

Usage: drive.py WEFT SCRIPT. SCRIPT has one step per line:
  send TEXT     types TEXT (escapes: \\r Enter, \\t Tab, \\x03 Ctrl-C, \\x04 Ctrl-D)
  paste TEXT    writes TEXT at once, as a paste or fast typing ahead does
  expect TEXT   waits (up to 20 s) until TEXT appears after the previous match (a prompt
                is best expected as `\\nweft> `: a long line's redraw repeats the prompt
                mid-line)
  sleep SECS    waits
  status N      weft must end with exit status N (0 when not given)
Prints the whole transcript (terminal output with control sequences removed). Exits 0
when every expectation was met and weft ended with the expected status; otherwise
prints why and exits nonzero.
"""
import codecs, os, pty, re, select, sys, time

weft, script = sys.argv[1], sys.argv[2]
pid, fd = pty.fork()
if pid == 0:
    os.environ["TERM"] = "xterm"
    os.execv(weft, [weft])

buffer = b""
matched_to = 0
expected_status = 0

def read_some(timeout):
    """Reads what is there within `timeout`; False once weft has closed the terminal."""
    global buffer
    ready, _, _ = select.select([fd], [], [], timeout)
    if ready:
        try:
            data = os.read(fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        buffer += data
    return True

def clean(data):
    text = data.decode("utf-8", "replace")
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)
    return text.replace("\r", "")

def fail(why):
    sys.stdout.write(clean(buffer))
    sys.stdout.write("\n--- drive.py: " + why + "\n")
    sys.exit(99)

for step in open(script, encoding="utf-8").read().splitlines():
    if not step.strip() or step.startswith("#"):
        continue
    verb, _, argument = step.partition(" ")
    # Escapes are decoded on the UTF-8 bytes, so non-ASCII text passes through unchanged.
    argument = codecs.escape_decode(argument.encode())[0].decode("utf-8")
    if verb == "send":
        for ch in argument:
            os.write(fd, ch.encode())
            time.sleep(0.01)
    elif verb == "expect":
        deadline = time.time() + 20
        while True:
            text = clean(buffer)
            at = text.find(argument, matched_to)
            if at >= 0:
                matched_to = at + len(argument)
                break
            if time.time() > deadline:
                fail("timed out waiting for " + repr(argument))
            if not read_some(0.1):
                fail("weft ended while waiting for " + repr(argument))
    elif verb == "paste":
        os.write(fd, argument.encode())
    elif verb == "status":
        expected_status = int(argument)
    elif verb == "sleep":
        end = time.time() + float(argument)
        while time.time() < end:
            read_some(0.05)
    else:
        fail("unknown step " + step)

deadline = time.time() + 20
while read_some(0.1):
    if time.time() > deadline:
        os.kill(pid, 9)
        fail("weft did not end")
_, status = os.waitpid(pid, 0)
code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
sys.stdout.write(clean(buffer))
if code != expected_status:
    sys.stdout.write("\n--- drive.py: exit status %d, expected %d\n" % (code, expected_status))
    sys.exit(97)
