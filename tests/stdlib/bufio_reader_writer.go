package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type oneByteReader struct{ data string }

func (r *oneByteReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	p[0] = r.data[0]
	r.data = r.data[1:]
	return 1, nil
}

type failingWriter struct {
	accepted int
	writes   []string
}

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.accepted {
		n := w.accepted
		w.writes = append(w.writes, string(p[:n]))
		w.accepted = 0
		return n, errors.New("disk full")
	}
	w.accepted -= len(p)
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

type recordingWriter struct{ writes []string }

func (w *recordingWriter) Write(p []byte) (int, error) {
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

func main() {
	r := bufio.NewReader(strings.NewReader("line one\nline two\r\nlast"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReaderSize(&oneByteReader{"héllo wörld\nsecond line that is long\r\nend"}, 16)
	fmt.Println(r.Size(), r.Buffered())
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadByte(), r.UnreadByte())
	ru, size, err := r.ReadRune()
	fmt.Println(string(ru), size, err)
	ru, size, err = r.ReadRune()
	fmt.Println(string(ru), size, err, r.UnreadRune(), r.UnreadRune())
	peek, err := r.Peek(4)
	fmt.Printf("%q %v\n", peek, err)
	_, err = r.Peek(20)
	fmt.Println(err)
	n, err := r.Discard(3)
	fmt.Println(n, err)
	for {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, isPrefix, err)
		if err != nil {
			break
		}
	}
	b := bufio.NewReader(strings.NewReader("a,b,c"))
	tok, err := b.ReadBytes(',')
	fmt.Printf("%q %v\n", tok, err)
	slice, err := b.ReadSlice(',')
	fmt.Printf("%q %v\n", slice, err)
	rest, err := io.ReadAll(b)
	fmt.Printf("%q %v\n", rest, err)
	buf := make([]byte, 3)
	n, err = b.Read(buf)
	fmt.Println(n, err)
	long := bufio.NewReaderSize(strings.NewReader(strings.Repeat("0123456789", 5)+"\n"), 16)
	s, err := long.ReadString('\n')
	fmt.Println(len(s), err)
	var sb strings.Builder
	copied, err := bufio.NewReader(strings.NewReader("copy me")).WriteTo(&sb)
	fmt.Println(copied, err, sb.String())

	rec := &recordingWriter{}
	w := bufio.NewWriterSize(rec, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("abc")
	w.WriteByte('d')
	w.WriteRune('é')
	fmt.Println(w.Buffered(), w.Available(), rec.writes)
	w.WriteString("0123456789ABCDEF")
	fmt.Printf("%q\n", rec.writes)
	w.Write([]byte("xyz"))
	w.Write([]byte("a long byte slice"))
	fmt.Printf("%q %d\n", rec.writes, w.Buffered())
	fmt.Println(w.Flush(), rec.writes[len(rec.writes)-1])
	fmt.Fprintf(w, "%d-%s", 42, "fmt")
	w.Flush()
	fmt.Printf("%q\n", rec.writes)

	fw := &failingWriter{accepted: 5}
	w = bufio.NewWriterSize(fw, 4)
	n2, err := w.WriteString("abcdefghij")
	fmt.Println(n2, err, fw.writes)
	fmt.Println(w.Flush(), w.WriteByte('x'))
	w.Reset(&recordingWriter{})
	fmt.Println(w.Buffered(), w.WriteByte('y'), w.Flush())

	var out bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in")), bufio.NewWriter(&out))
	in, _ := rw.ReadString('\n')
	rw.WriteString("got " + in)
	rw.Flush()
	fmt.Println(out.String())

	stdout := bufio.NewWriter(os.Stdout)
	defer stdout.Flush()
	fmt.Fprintln(stdout, "buffered to stdout")
	reader := bufio.NewReader(os.Stdin)
	line, err := reader.ReadString('\n')
	fmt.Fprintf(stdout, "%q %v\n", line, err)
}

type plainReader struct{ r io.Reader }

func (p plainReader) Read(b []byte) (int, error) { return p.r.Read(b) }

func init() {
	for _, size := range []int{0, 10, 5000, 9000} {
		data := strings.Repeat("k", size)
		rec := &recordingWriter{}
		n, err := bufio.NewReaderSize(plainReader{strings.NewReader(data)}, 4096).WriteTo(rec)
		lengths := []int{}
		for _, w := range rec.writes {
			lengths = append(lengths, len(w))
		}
		rec2 := &recordingWriter{}
		br := bufio.NewReader(strings.NewReader(data + "\n"))
		br.ReadByte()
		m, err2 := br.WriteTo(rec2)
		fmt.Println(size, n, err, lengths, m, err2, len(rec2.writes))
	}
}
