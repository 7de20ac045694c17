#!/usr/bin/env bash
# Behaves like `weft run FILE.go`, but goes through a bytecode file: `weft build` then
# `weft run FILE.wbc`. Used to run the whole corpus from bytecode:
#   cargo build --release -p weft-cli
#   WEFT_BIN=$PWD/target/release/weft WEFT_TEST_RUNNER=$PWD/cli/tests/wbc-as-weft.sh \
#     cargo test --release -p weft-cli --test golden
set -uo pipefail
if [ "$#" -lt 2 ] || [ "$1" != run ]; then
  echo "usage: wbc-as-weft.sh run FILE.go [args...]" >&2
  exit 64
fi
weft=${WEFT_BIN:-weft}
workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
# The .wbc keeps the program's name, so os.Args[0] matches a direct run.
wbc="$workdir/$(basename "$2" .go).wbc"
"$weft" build "$2" -o "$wbc" || exit $?
shift 2
"$weft" run "$wbc" "$@"
