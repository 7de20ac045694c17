#!/usr/bin/env python3
"""Regenerate the golden files of the end-to-end corpus with the reference Go.

usage: tools/gen-golden.py [PATH ...] [--check] [--jobs N]

For every tests/**/X.go (or only the given files/directories) this builds the
program with the real go (go1.23, GO111MODULE=off) in a fresh temporary
directory, runs the binary there with no standard input, and writes beside X.go:

  X.out  the program's standard output, always (possibly empty);
  X.rc   the exit status as a decimal number, only when it is nonzero;
  X.err  only when the exit status is nonzero: the first line of standard
         error for a program that ran, or, for a program that did not compile,
         every error line of gc with the path reduced to the base name
         (`x.go:4:2: declared and not used: y`, also in the tab-indented lines
         that continue an error), without the
         `# command-line-arguments` header.

Programs under tests/errors/ must fail to compile (exit status 1); every other
program must compile: the script stops with an error otherwise, so that a
mistake in a test cannot silently become a golden file. It runs every program
twice and refuses a program whose two runs differ, so goldens are
deterministic. Files are only written when their content changes and stale
X.rc/X.err files are removed, so running it twice changes nothing.
With --check nothing is written; differences are reported and the exit status
is 1 when there are any. The reference go comes from $GO or
/usr/lib/go-1.23/bin/go (install it with ../shared/tools/install-go-reference.sh).
"""
import argparse
import concurrent.futures
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
GO = os.environ.get("GO", "/usr/lib/go-1.23/bin/go")
RUN_TIMEOUT_SECONDS = 120


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", help="files or directories (default: tests/)")
    parser.add_argument("--check", action="store_true", help="report differences, write nothing")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if not os.access(GO, os.X_OK):
        sys.exit(f"gen-golden: no reference go at {GO}; run bash ../shared/tools/install-go-reference.sh")
    programs = collect_programs(args.paths or [str(TESTS)])
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(golden_for, programs))
    changed = 0
    errors = 0
    for program, (wanted, problem) in zip(programs, results):
        name = program.relative_to(TESTS)
        if problem:
            print(f"ERROR {name}: {problem}", file=sys.stderr)
            errors += 1
            continue
        for suffix, content in wanted.items():
            target = program.with_suffix(suffix)
            current = target.read_bytes() if target.exists() else None
            if current == content:
                continue
            changed += 1
            action = "remove" if content is None else ("write" if current is None else "update")
            print(f"{action} {target.relative_to(TESTS)}")
            if args.check:
                continue
            if content is None:
                target.unlink()
            else:
                target.write_bytes(content)
    verb = "differ" if args.check else "changed"
    print(f"gen-golden: {len(programs)} programs, {changed} files {verb}, {errors} errors")
    if errors or (args.check and changed):
        sys.exit(1)


def collect_programs(paths):
    programs = []
    for path in paths:
        path = pathlib.Path(path).resolve()
        if path.is_dir():
            programs.extend(sorted(path.rglob("*.go")))
        elif path.suffix == ".go" and path.exists():
            programs.append(path)
        else:
            sys.exit(f"gen-golden: not a .go file or directory: {path}")
    return sorted(set(programs))


def golden_for(program):
    """Returns ({suffix: bytes or None}, problem) for one program."""
    expect_compile_error = program.parent.name == "errors"
    first = goldens_of_run(build_and_run(program), expect_compile_error)
    second = goldens_of_run(build_and_run(program), expect_compile_error)
    if first != second:
        return {}, "two runs of the reference go differ; the program is not deterministic"
    return first


def goldens_of_run(outcome, expect_compile_error):
    """Turns one run into ({suffix: bytes or None}, problem)."""
    kind, status, stdout, stderr = outcome
    if kind == "timeout":
        return {}, f"did not finish in {RUN_TIMEOUT_SECONDS}s"
    if kind == "compile-error" and not expect_compile_error:
        return {}, "does not compile:\n" + stderr.decode(errors="replace")
    if kind != "compile-error" and expect_compile_error:
        return {}, "is under tests/errors/ but compiles"
    wanted = {".out": stdout, ".rc": None, ".err": None}
    if status != 0:
        wanted[".rc"] = f"{status}\n".encode()
        if kind == "compile-error":
            wanted[".err"] = stderr
        else:
            wanted[".err"] = stderr.split(b"\n", 1)[0] + b"\n"
    return wanted, None


def build_and_run(program):
    """Builds and runs one program; returns (kind, status, stdout, stderr)."""
    environment = dict(os.environ, GO111MODULE="off", GOFLAGS="", LANG="C", LC_ALL="C")
    with tempfile.TemporaryDirectory(prefix="gen-golden-") as workdir:
        source = pathlib.Path(workdir) / program.name
        shutil.copyfile(program, source)
        build = subprocess.run(
            [GO, "build", "-o", "prog", program.name],
            cwd=workdir, env=environment, capture_output=True, stdin=subprocess.DEVNULL,
        )
        if build.returncode != 0:
            return ("compile-error", 1, b"", compiler_errors(build.stderr))
        try:
            run = subprocess.run(
                ["./prog"], cwd=workdir, env=environment, capture_output=True,
                stdin=subprocess.DEVNULL, timeout=RUN_TIMEOUT_SECONDS,
            )
        except subprocess.TimeoutExpired:
            return ("timeout", None, b"", b"")
        return ("ran", run.returncode, run.stdout, run.stderr)


def compiler_errors(stderr):
    """gc's error lines without the package header and with `./` removed."""
    lines = []
    for line in stderr.decode().splitlines():
        if line.startswith("# "):
            continue
        lines.append(re.sub(r"^(\t?)\./", r"\1", line))
    return ("\n".join(lines) + "\n").encode()


if __name__ == "__main__":
    main()
