package main

import (
	"fmt"
	"io"
	"strings"
)

type upperWriter struct{ parts []string }

func (w *upperWriter) Write(p []byte) (int, error) {
	w.parts = append(w.parts, strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("héllo")
	b.WriteByte(' ')
	n, err := b.WriteRune('世')
	fmt.Println(n, err)
	n, err = b.WriteRune(-1)
	fmt.Println(n, err)
	b.Write([]byte("!!"))
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(100)
	fmt.Println(b.Cap() >= 100+b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(&b, "%d;", i%10)
	}
	fmt.Println(b.Len(), b.String()[:20])

	r := strings.NewReader("abc世界")
	fmt.Println(r.Len(), r.Size())
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.Len())
	r.UnreadByte()
	buf := make([]byte, 2)
	k, err := r.Read(buf)
	fmt.Println(k, err, string(buf[:k]))
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err)
	ch, size, err = r.ReadRune()
	fmt.Println(string(ch), size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	var rest []byte
	for {
		c, err := r.ReadByte()
		if err == io.EOF {
			break
		}
		rest = append(rest, c)
	}
	fmt.Printf("%q\n", rest)
	k, err = r.Read(buf)
	fmt.Println(k, err)
	r.Reset("xyz")
	w := &upperWriter{}
	wn, err := r.WriteTo(w)
	fmt.Println(wn, err, w.parts)

	rep := strings.NewReplacer("a", "1", "aa", "2", "b", "")
	fmt.Println(rep.Replace("aaabbbcab"))
	rep2 := strings.NewReplacer("", "-")
	fmt.Println(rep2.Replace("abc"))
	rep3 := strings.NewReplacer("hello", "bye", "he", "she")
	fmt.Println(rep3.Replace("hello hell he"))
	rep4 := strings.NewReplacer("x", "y", "x", "z")
	fmt.Println(rep4.Replace("xxx"))
	var sb strings.Builder
	rep3.WriteString(&sb, "he said hello")
	fmt.Println(sb.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("odd")
}
