package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
)

func check(what string, err error) {
	if err != nil {
		fmt.Println(what, "failed:", err)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "weft-os-files-*")
	check("MkdirTemp", err)
	defer os.RemoveAll(dir)
	// Paths printed below are relative to dir, which is random.
	rel := func(s string) string { return strings.ReplaceAll(s, dir, "$DIR") }

	name := dir + "/hello.txt"
	check("WriteFile", os.WriteFile(name, []byte("hello, files\nsecond line\n"), 0644))
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)

	info, err := os.Stat(name)
	check("Stat", err)
	fmt.Println(info.Name(), info.Size(), info.Mode(), info.IsDir(), info.Mode().IsRegular(), info.Sys() == nil || true)

	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	check("OpenFile", err)
	n, err := f.WriteString("appended\n")
	fmt.Println(n, err)
	_, err = f.Read(make([]byte, 4))
	fmt.Println(rel(err.Error()))
	fmt.Println(f.Close(), rel(fmt.Sprint(f.Close())), errors.Is(f.Close(), os.ErrClosed))

	f, err = os.Open(name)
	check("Open", err)
	buf := make([]byte, 5)
	for {
		n, err := f.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	pos, err := f.Seek(7, io.SeekStart)
	fmt.Println(pos, err)
	rest, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", rest, err)
	at := make([]byte, 6)
	n, err = f.ReadAt(at, 13)
	fmt.Printf("%d %q %v\n", n, at[:n], err)
	n, err = f.ReadAt(at, 40)
	fmt.Printf("%d %q %v\n", n, at[:n], err)
	_, err = f.ReadAt(at, -1)
	fmt.Println(rel(err.Error()))
	_, err = f.Write([]byte("x"))
	fmt.Println(rel(err.Error()))
	fi, err := f.Stat()
	fmt.Println(fi.Name(), fi.Size(), err)
	f.Close()

	check("MkdirAll", os.MkdirAll(dir+"/a/b/c", 0755))
	check("MkdirAll again", os.MkdirAll(dir+"/a/b/c", 0755))
	err = os.MkdirAll(name+"/sub", 0755)
	fmt.Println(rel(err.Error()), errors.Is(err, fs.ErrNotExist))
	err = os.Mkdir(dir+"/a", 0755)
	fmt.Println(rel(err.Error()), os.IsExist(err), errors.Is(err, fs.ErrExist))
	for _, sub := range []string{"a/one.txt", "a/two.txt", "a/b/three.txt"} {
		check("WriteFile", os.WriteFile(dir+"/"+sub, []byte(sub), 0600))
	}
	entries, err := os.ReadDir(dir + "/a")
	fmt.Println(len(entries), err)
	for _, e := range entries {
		info, err := e.Info()
		size := info.Size()
		if e.IsDir() {
			size = -1 // a directory's size depends on the file system
		}
		fmt.Println(e.Name(), e.IsDir(), e.Type(), e, size, info.Mode(), err)
	}
	_, err = os.ReadDir(dir + "/missing")
	fmt.Println(rel(err.Error()), os.IsNotExist(err))

	d, err := os.Open(dir + "/a")
	check("Open dir", err)
	// Directory order is the file system's: sort what the batches return.
	var all []string
	for {
		names, err := d.Readdirnames(2)
		all = append(all, names...)
		if err != nil {
			fmt.Println(len(names), err)
			break
		}
		fmt.Println(len(names) <= 2)
	}
	sort.Strings(all)
	fmt.Println(all)
	d.Close()

	err = os.Rename(dir+"/a/one.txt", dir+"/a/uno.txt")
	fmt.Println(err)
	err = os.Rename(dir+"/a/one.txt", dir+"/a/uno.txt")
	fmt.Println(rel(err.Error()), os.IsNotExist(err))
	var linkErr *os.LinkError
	fmt.Println(errors.As(err, &linkErr), linkErr.Op)

	err = os.Remove(dir + "/a")
	fmt.Println(rel(err.Error()), os.IsExist(err))
	fmt.Println(os.Remove(dir+"/a/uno.txt"), os.Remove(dir+"/a/b/three.txt"))
	err = os.Remove(dir + "/a/uno.txt")
	fmt.Println(rel(err.Error()), os.IsNotExist(err))
	_, err = os.Stat(dir + "/a/uno.txt")
	fmt.Println(rel(err.Error()))
	_, err = os.Lstat(dir + "/a/uno.txt")
	fmt.Println(rel(err.Error()))

	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(rel(err.Error()), os.IsExist(err))
	_, err = os.ReadFile(dir)
	fmt.Println(rel(err.Error()))
	_, err = os.Create(dir + "/no/such/dir/file")
	fmt.Println(rel(err.Error()))

	check("Truncate", os.Truncate(name, 5))
	data, _ = os.ReadFile(name)
	fmt.Printf("%q\n", data)

	tf, err := os.CreateTemp(dir, "tmp-*.txt")
	check("CreateTemp", err)
	fmt.Println(strings.HasPrefix(tf.Name(), dir+"/tmp-"), strings.HasSuffix(tf.Name(), ".txt"))
	fmt.Fprintf(tf, "formatted %d\n", 42)
	tf.Seek(0, io.SeekStart)
	back, _ := io.ReadAll(tf)
	fmt.Printf("%q\n", back)
	tf.Close()
	_, err = os.CreateTemp(dir, "bad/pattern")
	fmt.Println(rel(err.Error()))

	wd, err := os.Getwd()
	fmt.Println(wd != "", err)
	check("Chdir", os.Chdir(dir))
	data, err = os.ReadFile("hello.txt")
	fmt.Printf("%q %v\n", data, err)
	check("Chdir back", os.Chdir(wd))
	err = os.Chdir(dir + "/nope")
	fmt.Println(rel(err.Error()))

	check("RemoveAll", os.RemoveAll(dir+"/a"))
	left, _ := os.ReadDir(dir)
	var leftNames []string
	for _, e := range left {
		if !strings.HasPrefix(e.Name(), "tmp-") {
			leftNames = append(leftNames, e.Name())
		}
	}
	sort.Strings(leftNames)
	fmt.Println(leftNames, os.RemoveAll(dir+"/missing"))

	os.Setenv("WEFT_EXPAND", "value")
	fmt.Println(os.ExpandEnv("a=$WEFT_EXPAND b=${WEFT_EXPAND} c=$WEFT_UNSET_X d=${} e=$ f=$$ g=${WEFT_EXPAND"))
	fmt.Println(os.Expand("$1 ${2} $x-y", func(s string) string { return "<" + s + ">" }))
	_, home := os.LookupEnv("HOME")
	fmt.Println(home, os.Getenv("PATH") != "")
}
