#!/bin/sh
# Compares the checker with gc on the errorcheck programs of Go's test directory
# (package renamed to main, only programs whose imports the fake std has).
# Work files go to /tmp/ec; prints how many first lines and full outputs agree,
# and writes the first-line differences to /tmp/ec/diffs.txt.
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p /tmp/ec; cp "$here/errorcheck_cmp.py" /tmp/ec/cmp.py
rm -rf /tmp/ec/src; mkdir -p /tmp/ec/src
cd /usr/share/go-1.23/test
for f in *.go fixedbugs/*.go; do
  head -1 $f | grep -q "^// errorcheck$" || continue
  grep -q "^import\|^	\"" $f && { grep -h "^import \"\|^	\"" $f | grep -qv '"fmt"\|"os"\|"strings"\|"errors"' && continue; }
  grep -q "\[T \|\[P \|any\]\|comparable\]" $f && continue
  n=$(echo $f | tr '/' '_')
  sed 's/^package [A-Za-z0-9_]*\( *\/\/.*\)\?$/package main/' $f > /tmp/ec/src/$n
done
cd /tmp/ec/src; files=""; for f in *.go; do files="$files:$PWD/$f"; done
cd "$(git -C "$here" rev-parse --show-toplevel)" && WCHECK=${files#:} timeout 300 cargo test -q -p weft-compiler --test check adhoc -- --ignored --nocapture 2>/dev/null > /tmp/ec/ours.txt
if [ ! -f /tmp/ec/gc_main.txt ]; then
  cd /tmp/ec/src; for f in *.go; do echo "== $f"; GO111MODULE=off timeout 20 /usr/lib/go-1.23/bin/go build -o /tmp/ec/out $f 2>&1 | grep -v "^#"; done > /tmp/ec/gc_main.txt
fi
python3 /tmp/ec/cmp.py
