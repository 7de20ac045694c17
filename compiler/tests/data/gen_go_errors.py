#!/usr/bin/env python3
"""Fills in the expected errors of syntax_errors.txt by running the real Go 1.23.

Each case is `=== name`, a Go source file, then `--- errors` and the lines
`go build` prints (`LINE:COL: message`, file name stripped). Run from any
directory: python3 compiler/tests/data/gen_go_errors.py
"""
import os, re, subprocess, sys, tempfile

GO = "/usr/lib/go-1.23/bin/go"
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "syntax_errors.txt")
text = open(path).read()
cases = re.split(r"^=== ", text, flags=re.M)[1:]
out = []
with tempfile.TemporaryDirectory() as tmp:
    for case in cases:
        name, rest = case.split("\n", 1)
        source = rest.split("--- errors\n", 1)[0]
        file = os.path.join(tmp, "x.go")
        with open(file, "w") as f:
            f.write(source)
        env = dict(os.environ, GO111MODULE="off", GOCACHE=os.path.join(tmp, "cache"))
        result = subprocess.run([GO, "build", "-o", os.path.join(tmp, "out"), "x.go"], cwd=tmp, env=env,
                                capture_output=True, text=True)
        lines = []
        for line in result.stderr.splitlines():
            if line.startswith("#"):
                continue
            line = re.sub(r"^(\./|/\S*/)?x\.go:", "", line)
            lines.append(line)
        out.append("=== " + name + "\n" + source + "--- errors\n" + "".join(l + "\n" for l in lines))
open(path, "w").write("".join(out))
print(f"{len(cases)} cases")
