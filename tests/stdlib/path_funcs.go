// Tests package path and the lexical functions of path/filepath.
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	cleans := []string{"", ".", "..", "/", "//", "a", "a/", "/a/", "a//b", "a/./b", "a/../b", "a/b/..", "../a",
		"../../a/b", "/../a", "/..", "a/../..", "a/b/../../..", "./", "/./", "abc/def/../ghi/./jkl/",
		"..//./x/..", "x/../../y", "////a////b//", "a/.../b", "../..", "/a/b/c/../../../..", ".a/..b/..."}
	for _, c := range cleans {
		fmt.Printf("Clean(%q) = %q %q\n", c, path.Clean(c), filepath.Clean(c))
	}
	joins := [][]string{{}, {""}, {"", ""}, {"a"}, {"a", "b"}, {"a", ""}, {"", "b"}, {"/", "a"}, {"a/", "/b"},
		{"a", "../../b"}, {"", "/a"}, {"/a", "", "b/", "c/.."}}
	for _, j := range joins {
		fmt.Printf("Join(%q) = %q %q\n", j, path.Join(j...), filepath.Join(j...))
	}
	for _, p := range []string{"", "a", "/", "a/", "/a", "a/b", "/a/b/", "a/b.c", "a.b/c", "x.tar.gz", ".bashrc", "a/.", "//", "a/b//"} {
		d, f := path.Split(p)
		fd, ff := filepath.Split(p)
		fmt.Printf("%q: Split=%q,%q %q,%q Base=%q %q Dir=%q %q Ext=%q %q IsAbs=%v %v\n", p, d, f, fd, ff,
			path.Base(p), filepath.Base(p), path.Dir(p), filepath.Dir(p), path.Ext(p), filepath.Ext(p),
			path.IsAbs(p), filepath.IsAbs(p))
	}
	matches := [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"}, {"a*/b", "abc/b"},
		{"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/f"},
		{"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/fff"}, {"a*b?c*x", "abxbbxdbxebxczzx"},
		{"a*b?c*x", "abxbbxdbxebxczzy"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"}, {"ab[^c]", "abc"},
		{"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"}, {"a?b", "a☺b"}, {"a[^a]b", "a☺b"},
		{"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"}, {"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"},
		{"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "x"}, {"[x\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "x"},
		{"[\\-x]", "-"}, {"[\\-x]", "a"}, {"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"}, {"[x-]", "-"}, {"[x-]", "z"},
		{"[-x]", "x"}, {"[-x]", "-"}, {"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"},
		{"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"}, {"", ""}, {"", "a"},
		{"[/]", "/"}, {"*", ""}, {"a/*", "a/"}, {"x*[", "xyz"}, {"[a-]", "a"}, {"[]", "a"}, {"[^]", "a"},
		{"a\\", "a"}, {"[\xff]", "a"}, {"*?", "é"}, {"[é]", "é"}, {"\\[", "["},
	}
	for _, m := range matches {
		ok, err := path.Match(m[0], m[1])
		fok, ferr := filepath.Match(m[0], m[1])
		fmt.Printf("Match(%q, %q) = %v %v | %v %v\n", m[0], m[1], ok, err, fok, ferr)
	}
	fmt.Println(path.ErrBadPattern == filepath.ErrBadPattern)

	rels := [][2]string{{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/."}, {"./a/b", "a/b"}, {"a/b", "./a/b"},
		{"ab/cd", "ab/cde"}, {"ab/cd", "ab/c"}, {"a/b", "a/b/c/d"}, {"a/b", "a/b/../c"}, {"a/b/../c", "a/b"},
		{"a/b/c", "a/c/d"}, {"a/b", "c/d"}, {"a/b/c/d", "a/b"}, {"a/b/c/d", "a/b/"}, {"a/b/c/d/", "a/b"},
		{"a/b/c/d/", "a/b/"}, {"../../a/b", "../../a/b/c/d"}, {"/a/b", "/a/b"}, {"/a/b/.", "/a/b"},
		{"/a/b", "/a/b/."}, {"/ab/cd", "/ab/cde"}, {"/ab/cd", "/ab/c"}, {"/a/b", "/a/b/c/d"}, {"/a/b", "/a/b/../c"},
		{"/a/b/../c", "/a/b"}, {"/a/b/c", "/a/c/d"}, {"/a/b", "/c/d"}, {"/a/b/c/d", "/a/b"}, {"/../../a/b", "/../../a/b/c/d"},
		{".", "a/b"}, {".", ".."}, {"..", "."}, {"..", "a"}, {"../..", ".."}, {"a", "/a"}, {"/a", "a"}, {"", ""},
		{"", "a"}, {"/", "/a/b"}, {"a/..", "b"},
	}
	for _, r := range rels {
		got, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", r[0], r[1], got, err)
	}
	for _, l := range []string{"", "a", "a:b", ":", "a::b:", "/usr/bin:/bin"} {
		fmt.Printf("SplitList(%q) = %q %d\n", l, filepath.SplitList(l), len(filepath.SplitList(l)))
	}
	for _, p := range []string{"", ".", "..", "a", "/a", "a/..", "a/../..", "../a", "a/b/../../c", "./a", "..a", "a/.."} {
		fmt.Printf("IsLocal(%q) = %v\n", p, filepath.IsLocal(p))
	}
	for _, p := range []string{"a/b", ".", "", "/a", "a/../b", "a\x00b", "a//b"} {
		got, err := filepath.Localize(p)
		fmt.Printf("Localize(%q) = %q %v\n", p, got, err)
	}
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/a/b") == "")
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator))
	abs, err := filepath.Abs("/x/../y/./z")
	fmt.Println(abs, err)
}
