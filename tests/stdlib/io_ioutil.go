package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"runtime"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "weft-ioutil-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	for _, name := range []string{"b.txt", "a.txt", "c.txt"} {
		if err := ioutil.WriteFile(dir+"/"+name, []byte("data of "+name), 0644); err != nil {
			fmt.Println(err)
		}
	}
	infos, err := ioutil.ReadDir(dir)
	for _, info := range infos {
		fmt.Println(info.Name(), info.Size(), info.IsDir())
	}
	fmt.Println(err)
	data, err := ioutil.ReadFile(dir + "/a.txt")
	fmt.Printf("%q %v\n", data, err)
	_, err = ioutil.ReadFile(dir + "/missing")
	fmt.Println(strings.Replace(err.Error(), dir, "$DIR", 1))
	all, _ := ioutil.ReadAll(ioutil.NopCloser(strings.NewReader("read all")))
	fmt.Println(string(all))
	n, err := ioutil.Discard.Write([]byte("xyz"))
	fmt.Println(n, err)
	f, err := ioutil.TempFile(dir, "tmp")
	fmt.Println(err, strings.HasPrefix(f.Name(), dir+"/tmp"))
	f.Close()
	fmt.Println(runtime.Compiler, runtime.GOOS, runtime.GOARCH)
}
