#!/usr/bin/env python3
"""Weft's program benchmarks: the one command that builds, checks, times and reports.

    python3 benches/run.py [--quick] [--runs N] [--only NAME[,NAME...]] [--timeout SECONDS]

Every benchmark is benches/programs/<name>.go, with <name>.lua and <name>.py beside it.
The script builds weft (cargo, release profile) and a native binary of each Go program with
the reference Go 1.23, installs lua5.4 from apt when it is missing, runs every
implementation once to check that all print what the native Go binary prints, then runs
them alternately (weft, go, go with two threads, lua, python; then again) and takes the
median wall time and the median peak resident set size of each. Results are stored per
mode in benches/results/<mode>.json (a run with --only updates just those programs), and
docs/benchmarks.md and docs/benchmarks.svg are regenerated from the stored results.

No run can hang the script: each is killed after --timeout seconds and reported as such.
"""

import argparse
import datetime
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS_DIR = os.path.join(ROOT, "benches", "programs")
RESULTS_DIR = os.path.join(ROOT, "benches", "results")
DOC_PATH = os.path.join(ROOT, "docs", "benchmarks.md")
SVG_PATH = os.path.join(ROOT, "docs", "benchmarks.svg")
# The figures of one `cargo bench -p weft-bench` run, written by hand from its output.
MICRO_RESULTS_PATH = os.path.join(ROOT, "benches", "results", "micro.md")
REFERENCE_GO = "/usr/lib/go-1.23/bin/go"
GNU_TIME = "/usr/bin/time"


class Benchmark:
    """One program: its name, what it exercises, and its size argument in each mode."""

    def __init__(self, name, concurrent, full, quick, what):
        self.name = name
        self.concurrent = concurrent
        self.size = {"full": full, "quick": quick}
        self.what = what


# The full sizes are those of issue 4; each program uses the same number as its default
# when it is run without an argument.
BENCHMARKS = [
    Benchmark("startup", False, "1", "1", "print one line with fmt: start-up time"),
    Benchmark("fib", False, "35", "30", "recursive fib(n)"),
    Benchmark("loops", False, "3000", "1500", "nested integer loops over an n-element slice"),
    Benchmark("sieve", False, "10000000", "1000000", "sieve of Eratosthenes up to n"),
    Benchmark("binarytrees", False, "16", "12", "binary trees, max depth n"),
    Benchmark("nbody", False, "5000000", "50000", "n-body, n steps"),
    Benchmark("spectralnorm", False, "1000", "200", "spectral norm, n x n"),
    Benchmark("fannkuch", False, "10", "8", "fannkuch-redux, n elements"),
    Benchmark("mandelbrot", False, "1000", "200", "mandelbrot n x n, checksummed"),
    Benchmark("wordcount", False, "1000000", "100000", "map word count, n words"),
    Benchmark("strings", False, "1000000", "100000", "string building, n numbers"),
    Benchmark("pingpong", True, "2000000", "200000", "unbuffered ping-pong, n round trips"),
    Benchmark("threadring", True, "5000000", "500000", "thread ring of 503, n hops"),
    Benchmark("spawn", True, "1000000", "100000", "n goroutines block on one channel"),
    Benchmark("primesieve", True, "3000", "1000", "concurrent prime sieve, n primes"),
    Benchmark("mutex", True, "1000", "200", "n goroutines x 1000 Mutex increments"),
    Benchmark("selectfanin", True, "2000000", "100000", "select fan-in of 8 producers, n values"),
    Benchmark("pipeline", True, "1000000", "200000", "buffered 3-stage pipeline, n values"),
]

# Implementations in the order they run within a round, with their column titles.
IMPLEMENTATIONS = ["weft", "go", "go2", "lua", "python"]
TITLES = {"weft": "weft", "go": "go", "go2": "go P=2", "lua": "lua 5.4", "python": "python 3"}


def main():
    arguments = parse_arguments()
    if arguments.report:
        write_documents()
        return
    mode = "quick" if arguments.quick else "full"
    selected = select_benchmarks(arguments.only)
    tools = prepare_tools()
    go_binaries = build_go_programs(selected)
    results = load_results(mode)
    results["machine"] = describe_machine(tools)
    results["runs"] = arguments.runs
    results["timeout"] = arguments.timeout
    results["command"] = " ".join(["python3", "benches/run.py"] + sys.argv[1:])
    for benchmark in selected:
        commands = commands_for(benchmark, mode, tools, go_binaries)
        outcome = measure(benchmark, mode, commands, arguments.runs, arguments.timeout)
        results["programs"][benchmark.name] = outcome
        save_results(mode, results)
        print_row(benchmark.name, outcome)
    print()
    print(render_tables(mode, results))
    write_documents()
    print("wrote %s and %s" % (os.path.relpath(DOC_PATH, ROOT), os.path.relpath(SVG_PATH, ROOT)))


def parse_arguments():
    parser = argparse.ArgumentParser(description="Run Weft's program benchmarks.")
    parser.add_argument("--quick", action="store_true", help="use the small sizes")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per implementation")
    parser.add_argument("--only", help="comma-separated program names")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per run")
    parser.add_argument("--report", action="store_true",
                        help="only rewrite docs/benchmarks.md and .svg from stored results")
    return parser.parse_args()


def select_benchmarks(only):
    if not only:
        return BENCHMARKS
    names = [name.strip() for name in only.split(",") if name.strip()]
    known = {benchmark.name: benchmark for benchmark in BENCHMARKS}
    unknown = [name for name in names if name not in known]
    if unknown:
        sys.exit("unknown benchmark(s): %s (known: %s)"
                 % (", ".join(unknown), ", ".join(known)))
    return [known[name] for name in names]


# ---------------------------------------------------------------------------------------
# Tools: weft, go, lua, python.


def prepare_tools():
    """Builds weft, checks the reference Go, installs lua5.4 when missing."""
    if not os.path.exists(REFERENCE_GO):
        sys.exit("the reference Go is missing: %s" % REFERENCE_GO)
    if not os.path.exists(GNU_TIME):
        install_from_apt("time", "time")
    lua = apt_command("lua5.4", "lua5.4")
    python = apt_command("python3", "python3")
    print("building weft (cargo build --release -p weft-cli)...", flush=True)
    subprocess.run(["cargo", "build", "--release", "-p", "weft-cli"], cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    weft = os.path.join(target, "release", "weft")
    return {"weft": weft, "lua": lua, "python": python, "target": target}


def apt_command(package, command):
    """The path of an apt-installed command, /usr/bin/<command>, installing it if missing.

    /usr/bin is preferred to the first match on PATH so that a wrapper such as a pyenv
    shim (a shell script that starts the interpreter) does not add its own start-up time."""
    path = os.path.join("/usr/bin", command)
    if os.path.exists(path):
        return path
    return shutil.which(command) or install_from_apt(package, command)


def install_from_apt(package, command):
    print("%s is missing: installing the %s package from apt" % (command, package), flush=True)
    prefix = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run(prefix + ["apt-get", "update"], check=True)
    subprocess.run(prefix + ["apt-get", "install", "-y", package], check=True)
    path = shutil.which(command)
    if not path:
        sys.exit("%s is still missing after installing %s" % (command, package))
    return path


def build_go_programs(selected):
    """Builds a native binary of each selected Go program with the reference Go."""
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    output_dir = os.path.join(target, "benches-go")
    os.makedirs(output_dir, exist_ok=True)
    environment = dict(os.environ, GO111MODULE="off")
    binaries = {}
    for benchmark in selected:
        source = os.path.join(PROGRAMS_DIR, benchmark.name + ".go")
        binary = os.path.join(output_dir, benchmark.name)
        subprocess.run([REFERENCE_GO, "build", "-o", binary, source],
                       env=environment, check=True)
        binaries[benchmark.name] = binary
    return binaries


def command_output(command):
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=30)
        return (result.stdout + result.stderr).strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "unknown"


def describe_machine(tools):
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "nproc": command_output(["nproc"]),
        "kernel": platform.system() + " " + platform.release(),
        "weft": command_output(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"]),
        "go": command_output([REFERENCE_GO, "version"]),
        "lua": command_output([tools["lua"], "-v"]),
        "python": command_output([tools["python"], "--version"]),
    }


def commands_for(benchmark, mode, tools, go_binaries):
    """Maps each implementation that applies to (argv, extra environment)."""
    size = benchmark.size[mode]
    source = os.path.join(PROGRAMS_DIR, benchmark.name)
    commands = {
        "weft": ([tools["weft"], "run", source + ".go", size], {}),
        "go": ([go_binaries[benchmark.name], size], {"GOMAXPROCS": "1"}),
        "lua": ([tools["lua"], source + ".lua", size], {}),
        "python": ([tools["python"], source + ".py", size], {}),
    }
    if benchmark.concurrent:
        commands["go2"] = ([go_binaries[benchmark.name], size], {"GOMAXPROCS": "2"})
    return {name: commands[name] for name in IMPLEMENTATIONS if name in commands}


# ---------------------------------------------------------------------------------------
# Measuring.


class Run:
    """The result of one execution: wall seconds, peak RSS in KiB, status and output."""

    def __init__(self, seconds, rss_kib, exit_code, timed_out, stdout, stderr):
        self.seconds = seconds
        self.rss_kib = rss_kib
        self.exit_code = exit_code
        self.timed_out = timed_out
        self.stdout = stdout
        self.stderr = stderr


def run_once(argv, extra_environment, timeout):
    """Runs argv under GNU time with its output in files, kills it after timeout seconds,
    and returns its wall time and peak RSS.

    The peak comes from `/usr/bin/time -f %M` rather than from wait4 here: Linux carries a
    process's peak RSS across fork and exec, so a child forked straight from this Python
    process would report at least this process's own peak; the small `time` process in
    between keeps that floor low (about 1 MiB)."""
    environment = dict(os.environ, **extra_environment)
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr, \
            tempfile.NamedTemporaryFile(mode="r") as report:
        command = [GNU_TIME, "-q", "-f", "%M", "-o", report.name] + argv
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr, env=environment,
                                   cwd=PROGRAMS_DIR, start_new_session=True)
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            exit_code = process.wait()
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
        numbers = [line for line in report.read().split() if line.isdigit()]
        rss_kib = int(numbers[-1]) if numbers else 0
        stdout.seek(0)
        stderr.seek(0)
        return Run(seconds, rss_kib, exit_code, timed_out.is_set(),
                   stdout.read().decode("utf-8", "replace"),
                   stderr.read().decode("utf-8", "replace"))


def failure_reason(run, expected):
    """Returns why a run does not count, or None when it printed the expected output."""
    if run.timed_out:
        return "timeout"
    if run.exit_code != 0:
        lines = [line for line in run.stderr.splitlines() if line.strip()]
        first = lines[0].strip() if lines else "no message"
        return "fails: exit %d: %s" % (run.exit_code, first[:120])
    if expected is not None and run.stdout != expected:
        got = run.stdout.strip().splitlines()
        return "fails: wrong output (%s)" % (got[0][:60] if got else "empty")
    return None


def measure(benchmark, mode, commands, runs, timeout):
    """Runs every implementation `runs` times, alternating between them round by round.

    The native Go binary (GOMAXPROCS=1) runs first in each round and defines the expected
    output; an implementation that fails, times out or prints something else is dropped
    from later rounds and reported with its reason."""
    order = ["go"] + [name for name in commands if name != "go"]
    expected = None
    timings = {name: [] for name in commands}
    memory = {name: [] for name in commands}
    reasons = {}
    for round_index in range(runs):
        for name in order:
            if name in reasons:
                continue
            argv, environment = commands[name]
            print("  %s %s round %d/%d" % (benchmark.name, name, round_index + 1, runs),
                  end="\r", flush=True)
            run = run_once(argv, environment, timeout)
            reason = failure_reason(run, expected)
            if name == "go" and reason is None and expected is None:
                expected = run.stdout
            if name == "go" and reason is not None:
                reason = "reference " + reason
            if reason is not None:
                reasons[name] = reason
                continue
            timings[name].append(run.seconds)
            memory[name].append(run.rss_kib)
    print(" " * 60, end="\r")
    implementations = {}
    for name in commands:
        if name in reasons:
            implementations[name] = {"status": reasons[name]}
        else:
            implementations[name] = {
                "status": "ok",
                "seconds": timings[name],
                "rss_kib": memory[name],
                "median_seconds": statistics.median(timings[name]),
                "median_rss_kib": statistics.median(memory[name]),
            }
    return {
        "size": benchmark.size[mode],
        "what": benchmark.what,
        "concurrent": benchmark.concurrent,
        "output": (expected or "").strip().splitlines()[:1],
        "implementations": implementations,
    }


# ---------------------------------------------------------------------------------------
# Results and reports.


def results_path(mode):
    return os.path.join(RESULTS_DIR, mode + ".json")


def load_results(mode):
    try:
        with open(results_path(mode)) as stored:
            results = json.load(stored)
    except (OSError, ValueError):
        results = {}
    results.setdefault("programs", {})
    return results


def save_results(mode, results):
    os.makedirs(RESULTS_DIR, exist_ok=True)
    with open(results_path(mode), "w") as stored:
        json.dump(results, stored, indent=1, sort_keys=True)
        stored.write("\n")


def ordered_programs(results):
    """The stored programs in the order of BENCHMARKS."""
    return [(benchmark.name, results["programs"][benchmark.name])
            for benchmark in BENCHMARKS if benchmark.name in results["programs"]]


def ratio(outcome, other, key):
    """Weft's median divided by another implementation's, or None when either is missing."""
    weft = outcome["implementations"].get("weft", {})
    reference = outcome["implementations"].get(other, {})
    if weft.get("status") != "ok" or reference.get("status") != "ok":
        return None
    if reference[key] <= 0:
        return None
    return weft[key] / reference[key]


def format_ratio(value):
    if value is None:
        return "-"
    if value >= 100:
        return "%.0f×" % value
    if value >= 10:
        return "%.1f×" % value
    return "%.2f×" % value


def format_cell(outcome, name, key):
    implementation = outcome["implementations"].get(name)
    if implementation is None:
        return ""
    if implementation["status"] != "ok":
        return implementation["status"].replace("|", "\\|")
    if key == "median_seconds":
        return "%.3f" % implementation[key]
    return "%.1f" % (implementation[key] / 1024.0)


def render_table(results, key, unit):
    others = [name for name in IMPLEMENTATIONS if name != "weft"]
    header = (["program", "size"] + ["%s (%s)" % (TITLES[name], unit) for name in IMPLEMENTATIONS]
              + ["weft / %s" % TITLES[name] for name in others])
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join(["---", "---:"] + ["---:"] * (len(header) - 2)) + "|"]
    for name, outcome in ordered_programs(results):
        cells = [name, outcome["size"]]
        cells += [format_cell(outcome, implementation, key) for implementation in IMPLEMENTATIONS]
        cells += [format_ratio(ratio(outcome, other, key)) for other in others]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def render_tables(mode, results):
    machine = results.get("machine", {})
    return "\n".join([
        "### %s sizes (%s, %s run%s each, median)" % (
            mode.capitalize(), machine.get("date", "?"), results.get("runs", "?"),
            "" if results.get("runs") == 1 else "s"),
        "",
        "Wall time in seconds; `weft / x` is Weft's time divided by x's (above 1: Weft is slower).",
        "",
        render_table(results, "median_seconds", "s"),
        "",
        "Peak resident set size in MiB; `weft / x` is Weft's peak divided by x's.",
        "",
        render_table(results, "median_rss_kib", "MiB"),
    ])


def render_machine(results):
    machine = dict(results.get("machine", {}))
    # `lua -v` also prints a copyright notice; the version is what matters here.
    machine["lua"] = machine.get("lua", "?").split("  Copyright")[0]
    return ("Machine: %s, `nproc` = %s, %s; weft at commit %s; %s; %s; %s." % (
        machine.get("cpu", "?"), machine.get("nproc", "?"), machine.get("kernel", "?"),
        machine.get("weft", "?"), machine.get("go", "?"), machine.get("lua", "?"),
        machine.get("python", "?")))


DOC_INTRODUCTION = """# Benchmarks

Weft's program benchmarks compare `weft run prog.go` with the same Go program compiled
natively by the reference Go 1.23, and with equivalent Lua 5.4 and Python 3 programs.
This page is generated by `benches/run.py`; edit the text there, not here.

## Running

```sh
python3 benches/run.py                 # full sizes (issue 4), 3 runs each
python3 benches/run.py --quick         # small sizes: a pass takes a few minutes
python3 benches/run.py --runs 5 --only fib,nbody --timeout 300
```

The command builds weft (`cargo build --release -p weft-cli`, honouring
`CARGO_TARGET_DIR`), builds a native binary of every Go program with
`/usr/lib/go-1.23/bin/go` (`GO111MODULE=off`), installs `lua5.4` (and `python3`) with
apt-get when they are missing, and then for each program:

1. runs the native Go binary with `GOMAXPROCS=1`; its standard output is the expected
   output of every implementation;
2. runs weft, Go with `GOMAXPROCS=2` (concurrent programs only), Lua and Python, and
   checks that each prints exactly the expected output and exits with status 0; one that
   does not is reported as `fails: <reason>` (or `timeout` past `--timeout`, 120 s by
   default) and is not run again;
3. repeats the round `--runs` times, alternating the implementations so that a slow
   spell of the (shared) machine is spread over all of them, and keeps the median wall
   time and the median peak resident set size of each (measured by GNU time,
   `/usr/bin/time -f %M`, which adds a floor of about 1 MiB).

Results are stored in `benches/results/quick.json` and `benches/results/full.json`; a run
with `--only` updates just those programs, and this page and `docs/benchmarks.svg` (the
time ratios on a log scale) are regenerated from both files after every run.

## The programs

Each is `benches/programs/<name>.go` with `<name>.lua` and `<name>.py` beside it, written
for this suite. Each takes its size as its first argument; without one it uses the full
size. The Lua and Python versions of the concurrent programs use coroutines and
generators: they model the same hand-offs (one coroutine switch per channel operation) but
run on one thread with no scheduler, so they are a reference point rather than an
equivalent; their headers say what each models.

Reading the tables: the `go` column runs every program with `GOMAXPROCS=1`, so Go's
collector shares the single thread the way Weft's does; `go P=2` lets the concurrent
programs use both cores. Every Weft run includes compiling the program and the Go sources
of the standard packages it imports (about 10 ms of CPU for a program that imports `fmt`;
`startup` measures exactly that), which weighs on the quick sizes and not on the full
ones. Peak RSS includes about 1 MiB of floor from GNU time.

| program | what it does | full size | quick size |
|---|---|---:|---:|
"""


MICRO_INTRODUCTION = """## Micro-benchmarks

```sh
cargo bench -p weft-bench                  # every micro-benchmark (a few minutes)
cargo bench -p weft-bench -- operation/    # only those whose name contains the text
cargo bench -p weft-bench -- --test        # run each once: a check that all still work
```

The crate `benches/micro` (package `weft-bench`, not published) holds criterion
benchmarks of single costs. Each Go program is compiled once with `weft::Engine` outside
the timed loop, and the loop runs it; the operation programs repeat one operation a few
thousand times (a run takes a few milliseconds) and report throughput in operations, so the time
per operation below is criterion's time per run divided by the count (the loop around the
operation and the VM's start, about 0.1 ms a run, are included). `compile` times
`Engine::compile` of a generated 2,000-line program (per line); `startup` compiles and runs
a program that imports `fmt` (what `weft run` does, less process start and exit); `gc`
builds a 100 MB live heap and times `runtime.GC()` from inside the program (per
collection). It is a separate crate so that `cargo test --workspace` never builds
criterion (bench targets are not built by `cargo test`).
"""


def render_micro_results():
    try:
        with open(MICRO_RESULTS_PATH) as stored:
            return stored.read().strip()
    except OSError:
        return "No recorded run yet."


def render_document():
    parts = [DOC_INTRODUCTION.rstrip("\n")]
    for benchmark in BENCHMARKS:
        parts.append("| %s | %s%s | %s | %s |" % (
            benchmark.name, benchmark.what, " (concurrent)" if benchmark.concurrent else "",
            benchmark.size["full"], benchmark.size["quick"]))
    parts.append("")
    parts.append("## Latest results")
    parts.append("")
    parts.append("![Weft's time ratios](benchmarks.svg)")
    for mode in ("full", "quick"):
        results = load_results(mode)
        if not results["programs"]:
            continue
        parts.append("")
        parts.append(render_tables(mode, results))
        parts.append("")
        parts.append(render_machine(results))
        missing = [b.name for b in BENCHMARKS if b.name not in results["programs"]]
        if missing:
            parts.append("")
            parts.append("Not measured at these sizes yet: %s." % ", ".join(missing))
    parts.append("")
    parts.append(MICRO_INTRODUCTION.rstrip("\n"))
    parts.append("")
    parts.append(render_micro_results())
    return "\n".join(parts) + "\n"


def write_documents():
    with open(DOC_PATH, "w") as document:
        document.write(render_document())
    with open(SVG_PATH, "w") as picture:
        picture.write(render_svg())


def print_row(name, outcome):
    cells = []
    for implementation in IMPLEMENTATIONS:
        data = outcome["implementations"].get(implementation)
        if data is None:
            continue
        if data["status"] == "ok":
            cells.append("%s %.3fs %.0fMiB" % (implementation, data["median_seconds"],
                                                data["median_rss_kib"] / 1024.0))
        else:
            cells.append("%s %s" % (implementation, data["status"]))
    print("%-13s %s" % (name, " | ".join(cells)), flush=True)


# ---------------------------------------------------------------------------------------
# The plot: Weft's time ratio to each other implementation, one panel per mode, log scale.

SVG_COLORS = {"go": "#3b82c4", "go2": "#8fb8e0", "lua": "#2e9e5b", "python": "#d08a1e"}


def render_svg():
    panels = [(mode, load_results(mode)) for mode in ("full", "quick")]
    panels = [(mode, results) for mode, results in panels if results["programs"]]
    others = [name for name in IMPLEMENTATIONS if name != "weft"]
    label_width, plot_width, right_margin = 110, 560, 20
    bar_height, group_gap, panel_header = 5, 6, 46
    width = label_width + plot_width + right_margin
    # The axis spans whole decades around every ratio present.
    values = [ratio(outcome, other, "median_seconds")
              for _, results in panels for _, outcome in ordered_programs(results)
              for other in others]
    values = [value for value in values if value]
    low = 0.1
    high = 1000.0
    if values:
        low = 10.0 ** math.floor(math.log10(min(values + [1.0])))
        high = 10.0 ** math.ceil(math.log10(max(values + [10.0])))

    def x_of(value):
        span = math.log10(high) - math.log10(low)
        return label_width + plot_width * (math.log10(value) - math.log10(low)) / span

    elements = []
    y = 30
    elements.append('<text x="%d" y="18" font-size="14" font-weight="bold">'
                    "Weft's wall time divided by each implementation's (log scale; "
                    "right of 1: Weft is slower)</text>" % 10)
    legend_x = label_width
    for other in others:
        elements.append('<rect x="%d" y="%d" width="10" height="10" fill="%s"/>'
                        % (legend_x, y - 8, SVG_COLORS[other]))
        elements.append('<text x="%d" y="%d" font-size="11">weft / %s</text>'
                        % (legend_x + 14, y + 1, TITLES[other]))
        legend_x += 110
    y += 12
    for mode, results in panels:
        programs = ordered_programs(results)
        group_height = bar_height * len(others) + group_gap
        top = y + panel_header
        bottom = top + group_height * len(programs)
        elements.append('<text x="10" y="%d" font-size="13" font-weight="bold">%s sizes (%s)'
                        "</text>" % (y + 22, mode.capitalize(),
                                     results.get("machine", {}).get("date", "")))
        decade = low
        while decade <= high * 1.001:
            x = x_of(decade)
            elements.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s"/>'
                            % (x, top - 4, x, bottom, "#555" if decade == 1 else "#ddd"))
            elements.append('<text x="%.1f" y="%d" font-size="10" text-anchor="middle">'
                            "%s×</text>" % (x, top - 8, ("%g" % decade)))
            decade *= 10
        for index, (name, outcome) in enumerate(programs):
            group_top = top + index * group_height
            elements.append('<text x="%d" y="%d" font-size="11" text-anchor="end">%s</text>'
                            % (label_width - 6, group_top + group_height / 2 + 2, name))
            weft_status = outcome["implementations"].get("weft", {}).get("status", "")
            if weft_status != "ok":
                elements.append('<text x="%d" y="%d" font-size="10" fill="#b00">weft: %s'
                                "</text>" % (label_width + 4, group_top + group_height / 2 + 2,
                                             escape(weft_status[:80])))
                continue
            for bar, other in enumerate(others):
                value = ratio(outcome, other, "median_seconds")
                if value is None:
                    continue
                start = x_of(1.0)
                end = x_of(min(max(value, low), high))
                elements.append('<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s">'
                                "<title>%s: weft / %s = %s</title></rect>"
                                % (min(start, end), group_top + bar * bar_height,
                                   max(abs(end - start), 1.0), bar_height - 1,
                                   SVG_COLORS[other], name, TITLES[other],
                                   format_ratio(value)))
        y = bottom + 10
    height = y + 10
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
            'font-family="sans-serif">\n<rect width="100%%" height="100%%" fill="white"/>\n'
            "%s\n</svg>\n" % (width, height, "\n".join(elements)))


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


if __name__ == "__main__":
    main()
