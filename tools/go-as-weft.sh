#!/usr/bin/env bash
# Behaves like `weft run FILE.go`, but with the reference go: used to check the
# harnesses and the goldens themselves, e.g.
#   WEFT_TEST_RUNNER=$PWD/tools/go-as-weft.sh cargo test -p weft-cli --test golden
# Compile errors are printed as `x.go:4:2: message` (gc's `./` and the
# `# command-line-arguments` header removed), exit status 1, as weft prints them.
set -uo pipefail
if [ "$#" -ne 2 ] || [ "$1" != run ]; then
  echo "usage: go-as-weft.sh run FILE.go" >&2
  exit 64
fi
go=${GO:-/usr/lib/go-1.23/bin/go}
workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
cp "$2" "$workdir/" || exit 1
base=$(basename "$2")
if ! (cd "$workdir" && GO111MODULE=off "$go" build -o prog "$base" 2>"$workdir/build.err"); then
  grep -v '^# ' "$workdir/build.err" | sed -E 's|^(\t?)\./|\1|' >&2
  exit 1
fi
"$workdir/prog"
