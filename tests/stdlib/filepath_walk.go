// Tests filepath.Walk, WalkDir, Glob and Abs over a temporary tree.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	temp, err := os.MkdirTemp("", "walktest")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(temp)
	root := filepath.Join(temp, "tree")
	for _, d := range []string{"a", "a/b", "a/b/c", "d", "e.dir"} {
		os.MkdirAll(filepath.Join(root, d), 0o755)
	}
	for _, f := range []string{"a/x.txt", "a/y.go", "a/b/z.txt", "a/b/c/w.go", "d/q.txt", "top.go", "e.dir/f"} {
		os.WriteFile(filepath.Join(root, f), []byte(f), 0o644)
	}
	show := func(p string) string {
		rel, _ := filepath.Rel(root, p)
		return rel
	}
	fmt.Println("Walk:")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		fmt.Println(" ", show(p), info.IsDir(), info.Name(), err)
		return nil
	})
	fmt.Println("err", err)
	fmt.Println("Walk SkipDir on a/b:")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		fmt.Println(" ", show(p))
		if info.Name() == "b" {
			return filepath.SkipDir
		}
		if info.Name() == "q.txt" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("err", err)
	fmt.Println("Walk SkipAll:")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		fmt.Println(" ", show(p))
		if info.Name() == "y.go" {
			return filepath.SkipAll
		}
		return nil
	})
	fmt.Println("err", err)
	myErr := errors.New("stop here")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if strings.HasSuffix(p, "z.txt") {
			return myErr
		}
		return nil
	})
	fmt.Println("custom err:", err, err == myErr)
	err = filepath.Walk(filepath.Join(root, "missing"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("missing:", show(p), info == nil, err != nil, errors.Is(err, fs.ErrNotExist))
		return err
	})
	fmt.Println("err is not exist:", errors.Is(err, fs.ErrNotExist))

	fmt.Println("WalkDir:")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		fmt.Println(" ", show(p), d.IsDir(), d.Name(), d.Type().IsDir(), err)
		return nil
	})
	fmt.Println("err", err)
	fmt.Println("WalkDir SkipDir:")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		fmt.Println(" ", show(p))
		if d.Name() == "b" || d.Name() == "x.txt" {
			return fs.SkipDir
		}
		return nil
	})
	fmt.Println("err", err)
	fmt.Println("WalkDir SkipAll:")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		fmt.Println(" ", show(p))
		if d.Name() == "w.go" {
			return fs.SkipAll
		}
		return nil
	})
	fmt.Println("err", err)
	err = filepath.WalkDir(filepath.Join(root, "top.go"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("single:", show(p), d.IsDir(), d.Name())
		return nil
	})
	fmt.Println("err", err)
	err = filepath.WalkDir(filepath.Join(root, "nope"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("missing:", show(p), d == nil, err != nil)
		return nil
	})
	fmt.Println("err", err)

	for _, pat := range []string{"*", "*.go", "a/*", "a/*.txt", "*/*.txt", "*/*/*", "[ad]/*", "a/b/c/*.go", "nothing*",
		"top.go", "missing.go", "a/[", "[", "*/[", "a/\\x.txt", "*.dir/?", "a/b"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		var rels []string
		for _, p := range m {
			rels = append(rels, show(p))
		}
		fmt.Printf("Glob(%q) = %q %v %v\n", pat, rels, m == nil, err)
	}
	_, err = filepath.Glob("[")
	fmt.Println(err == filepath.ErrBadPattern)

	wd, _ := os.Getwd()
	os.Chdir(root)
	abs, err := filepath.Abs("a/../d/q.txt")
	fmt.Println(show(abs), err, filepath.IsAbs(abs))
	abs, err = filepath.Abs("")
	fmt.Println(show(abs), err)
	m, err := filepath.Glob("a/*")
	fmt.Println(m, err)
	os.Chdir(wd)
}
