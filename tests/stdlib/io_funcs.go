package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type slowReader struct {
	data string
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p[:1], r.data)
	r.data = r.data[n:]
	return n, nil
}

type limitedWriter struct{ room int }

func (w *limitedWriter) Write(p []byte) (int, error) {
	if len(p) > w.room {
		n := w.room
		w.room = 0
		return n, errors.New("full")
	}
	w.room -= len(p)
	return len(p), nil
}

func main() {
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe)
	data, err := io.ReadAll(&slowReader{"hello, world"})
	fmt.Printf("%q %v\n", data, err)
	big := strings.Repeat("abcdefghij", 100)
	data, err = io.ReadAll(strings.NewReader(big))
	fmt.Println(len(data), err, string(data[995:]))

	buf := make([]byte, 5)
	n, err := io.ReadFull(&slowReader{"abcdefg"}, buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadFull(&slowReader{"abc"}, buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadFull(&slowReader{""}, buf)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(&slowReader{"abcdefg"}, buf, 10)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("abcdefg"), buf, 2)
	fmt.Println(n, err, string(buf[:n]))

	var out bytes.Buffer
	written, err := io.Copy(&out, &slowReader{"copied text"})
	fmt.Println(written, err, out.String())
	var sb strings.Builder
	written, err = io.Copy(&sb, strings.NewReader("via WriterTo"))
	fmt.Println(written, err, sb.String())
	written, err = io.Copy(&limitedWriter{4}, &slowReader{"too long"})
	fmt.Println(written, err)

	var a, b bytes.Buffer
	w := io.MultiWriter(&a, &b)
	fmt.Fprintf(w, "x=%d", 7)
	fmt.Println(a.String(), b.String())
	r := io.MultiReader(strings.NewReader("one "), &slowReader{"two "}, strings.NewReader("three"))
	data, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", data, err)
	n2, err := io.WriteString(io.Discard, "ignored")
	fmt.Println(n2, err)
	fmt.Fprintln(io.Discard, "nothing")
}

func init() {
	var sb strings.Builder
	n, err := io.CopyN(&sb, strings.NewReader("abcdefgh"), 5)
	fmt.Println(n, err, sb.String())
	n, err = io.CopyN(&sb, strings.NewReader("xy"), 5)
	fmt.Println(n, err, sb.String())
	limited := io.LimitReader(&slowReader{"0123456789"}, 4)
	data, err := io.ReadAll(limited)
	fmt.Printf("%q %v\n", data, err)
	var copyOfRead bytes.Buffer
	tee := io.TeeReader(strings.NewReader("teed data"), &copyOfRead)
	data, _ = io.ReadAll(tee)
	fmt.Println(string(data), copyOfRead.String())
	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close(), io.SeekStart, io.SeekCurrent, io.SeekEnd)
	lr := &io.LimitedReader{R: strings.NewReader("hello"), N: 2}
	buf := make([]byte, 10)
	k, err := lr.Read(buf)
	fmt.Println(k, err, lr.N, string(buf[:k]))
	k, err = lr.Read(buf)
	fmt.Println(k, err)
}
