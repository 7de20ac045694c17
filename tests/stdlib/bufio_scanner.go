package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
)

// chunkReader returns its data a few bytes at a time, to exercise refills.
type chunkReader struct {
	data  string
	chunk int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, errors.New("EOF-like custom error")
	}
	n := r.chunk
	if n > len(r.data) {
		n = len(r.data)
	}
	n = copy(p[:n], r.data)
	r.data = r.data[n:]
	return n, nil
}

func main() {
	s := bufio.NewScanner(strings.NewReader("first line\nsecond\r\n\nlast without newline"))
	for s.Scan() {
		fmt.Printf("%q\n", s.Text())
	}
	fmt.Println("err:", s.Err(), s.Scan())

	words := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n\nfox \u00a0jumps\u3000over  "))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
		fmt.Printf("[%s]", words.Text())
	}
	fmt.Println(count)

	runes := bufio.NewScanner(strings.NewReader("héllo, 世界\xff!"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("%q ", runes.Bytes())
	}
	fmt.Println()

	byteScanner := bufio.NewScanner(&chunkReader{"abc", 1})
	byteScanner.Split(bufio.ScanBytes)
	for byteScanner.Scan() {
		fmt.Print(byteScanner.Text(), ".")
	}
	fmt.Println(byteScanner.Err())

	chunked := bufio.NewScanner(&chunkReader{"alpha\nbeta\ngamma\ndelta", 3})
	for chunked.Scan() {
		fmt.Print(chunked.Text(), "|")
	}
	fmt.Println(chunked.Err())

	long := strings.Repeat("x", 100) + "\nshort\n"
	small := bufio.NewScanner(strings.NewReader(long))
	small.Buffer(make([]byte, 10), 50)
	for small.Scan() {
		fmt.Println("token", small.Text())
	}
	fmt.Println("err:", small.Err(), small.Err() == bufio.ErrTooLong)

	big := bufio.NewScanner(strings.NewReader(strings.Repeat("y", 70000)))
	fmt.Println(big.Scan(), big.Err())
	bigger := bufio.NewScanner(strings.NewReader(strings.Repeat("z", 70000) + "\nok"))
	bigger.Buffer(nil, 100000)
	for bigger.Scan() {
		fmt.Println(len(bigger.Text()))
	}
	fmt.Println(bigger.Err())

	commas := bufio.NewScanner(strings.NewReader("a,b,,c,STOP,d"))
	commas.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "STOP" {
				return i + 1, []byte("stopped"), bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for commas.Scan() {
		fmt.Printf("%q ", commas.Text())
	}
	fmt.Println(commas.Err())

	bad := bufio.NewScanner(strings.NewReader("abc"))
	bad.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 10, nil, nil })
	fmt.Println(bad.Scan(), bad.Err())
	neg := bufio.NewScanner(strings.NewReader("abc"))
	neg.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(neg.Scan(), neg.Err())
	custom := bufio.NewScanner(strings.NewReader("abc"))
	custom.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, nil, errors.New("custom split error") })
	fmt.Println(custom.Scan(), custom.Err())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc := bufio.NewScanner(strings.NewReader("x\ny"))
		sc.Scan()
		sc.Buffer(nil, 10)
	}()

	stdin := bufio.NewScanner(os.Stdin)
	lines := 0
	for stdin.Scan() {
		lines++
	}
	fmt.Println("stdin lines:", lines, stdin.Err())
	fmt.Println(bufio.MaxScanTokenSize)
}
