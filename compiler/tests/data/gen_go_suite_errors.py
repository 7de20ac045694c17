#!/usr/bin/env python3
"""Writes go_suite_errors.txt: gc's first error for each `errorcheck` program
of Go's test suite whose first error comes from the lexer or parser.

Runs the real `go build` on a copy of every such file (named x.go, so the
messages are as `go build x.go` prints them); keeps files whose
first message is a syntax, lexer or branch error that weft's parser is meant
to reproduce. Files using //line directives are left out (weft ignores them).
Run: python3 compiler/tests/data/gen_go_suite_errors.py
"""
import os, re, subprocess, tempfile

ROOT = "/usr/share/go-1.23/test"
GO = "/usr/lib/go-1.23/bin/go"
PARSER_MESSAGES = re.compile(
    r"syntax error|invalid character|rune literal|not terminated|newline in|escape|"
    r"must separate|invalid digit|has no digits|exponent|mantissa|radix point|"
    r"label|goto|break|continue|fallthrough|parenthesized|3-index slice|NUL|BOM|"
    r"expected '|import path")
out = []
with tempfile.TemporaryDirectory() as tmp:
    for dirpath, _, names in sorted(os.walk(ROOT)):
        for name in sorted(names):
            if not name.endswith(".go"):
                continue
            path = os.path.join(dirpath, name)
            text = open(path, encoding="utf-8", errors="replace").read()
            if not re.match(r"\s*// errorcheck\b", text) or "//line" in text:
                continue
            with open(os.path.join(tmp, "x.go"), "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(open(path, encoding="utf-8", errors="surrogateescape").read())
            env = dict(os.environ, GO111MODULE="off", GOCACHE=os.path.join(tmp, "cache"))
            r = subprocess.run([GO, "build", "-o", os.path.join(tmp, "out"), "x.go"],
                               cwd=tmp, env=env, capture_output=True, text=True)
            lines = [re.sub(r"^(\./|/\S*/)?x\.go:", "", l) for l in r.stderr.splitlines()
                     if re.match(r"^(\./|/\S*/)?x\.go:", l)]
            if not lines:
                continue
            first = lines[0]
            if PARSER_MESSAGES.search(first):
                out.append(os.path.relpath(path, ROOT) + ": " + first)
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "go_suite_errors.txt"), "w").write("\n".join(out) + "\n")
print(len(out), "files")
