#!/bin/sh
# Regenerates err/*.gc from the real go: the compiler's messages for each
# invalid program, without the `# command-line-arguments` header.
# Usage: sh gen_gc.sh [GO]   (default /usr/lib/go-1.23/bin/go)
GO=${1:-/usr/lib/go-1.23/bin/go}
cd "$(dirname "$0")/err" || exit 1
for f in *.go; do
	GO111MODULE=off "$GO" build -o /dev/null "./$f" 2>&1 | grep -v '^# ' > "${f%.go}.gc"
done
