package main

import (
	"bytes"
	"fmt"
	"io"
	"unicode"
)

func main() {
	s := []byte("  Hello, Wörld! hello  ")
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Println(bytes.Contains(s, []byte("Wö")), bytes.Count(s, []byte("l")), bytes.Index(s, []byte("llo")), bytes.LastIndex(s, []byte("llo")))
	fmt.Println(bytes.IndexByte(s, 'W'), bytes.LastIndexByte(s, 'o'), bytes.IndexRune(s, 'ö'), bytes.IndexAny(s, "!,"), bytes.ContainsRune(s, 'z'))
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Split([]byte("añb"), nil))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("--")))
	fmt.Printf("%s %s %s\n", bytes.ToUpper(s), bytes.ToLower([]byte("ÀB")), bytes.Title([]byte("go fmt")))
	fmt.Printf("%s|%s|%s\n", bytes.Trim([]byte("xxaxx"), "x"), bytes.TrimLeft([]byte("xxaxx"), "x"), bytes.TrimRight([]byte("xxaxx"), "x"))
	fmt.Println(bytes.TrimSpace([]byte("   ")) == nil, bytes.Trim([]byte("xx"), "x") == nil)
	fmt.Printf("%s %s\n", bytes.TrimPrefix([]byte("prefix"), []byte("pre")), bytes.TrimSuffix([]byte("suffix"), []byte("fix")))
	fmt.Printf("%s\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Println(bytes.HasPrefix(s, []byte("  H")), bytes.HasSuffix(s, []byte("x")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Printf("%s %s\n", bytes.Replace([]byte("aaaa"), []byte("a"), []byte("b"), 2), bytes.ReplaceAll([]byte("aaaa"), []byte("aa"), []byte("c")))
	fmt.Printf("%s %s\n", bytes.Repeat([]byte("ab"), 3), bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, []byte("banana")))
	fmt.Println(bytes.Runes([]byte("héllo")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	before, after, found := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	fmt.Println(bytes.Clone(nil) == nil, string(bytes.Clone([]byte("c"))))

	var buf bytes.Buffer
	buf.WriteString("line one\nline two\n")
	buf.WriteByte('x')
	buf.WriteRune('é')
	buf.Write([]byte("\nend"))
	fmt.Println(buf.Len())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	lb, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", lb, err)
	c, _ := buf.ReadByte()
	r, size, _ := buf.ReadRune()
	fmt.Println(string(c), string(r), size, buf.UnreadRune(), buf.UnreadRune())
	fmt.Printf("%q\n", buf.Next(3))
	rest, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	p := make([]byte, 4)
	n, err := buf.Read(p)
	fmt.Println(n, err == io.EOF)
	b2 := bytes.NewBufferString("hello world")
	b2.Truncate(5)
	fmt.Println(b2.String(), b2.Len())
	var out bytes.Buffer
	b2.WriteTo(&out)
	fmt.Println(out.String(), b2.Len())
	out.Reset()
	fmt.Printf("%q\n", out.String())
	fmt.Fprintf(&out, "%d-%s", 7, "x")
	fmt.Println(out.String(), bytes.NewBuffer([]byte("abc")).String())
}

func init() {
	r := bytes.NewReader([]byte("héllo"))
	c, _ := r.ReadByte()
	ch, size, _ := r.ReadRune()
	fmt.Println(string(c), string(ch), size, r.Len(), r.Size(), r.UnreadRune(), r.Len())
	var sink bytes.Buffer
	n, err := r.WriteTo(&sink)
	fmt.Println(n, err, sink.String())
	_, err = r.ReadByte()
	fmt.Println(err)
}

func init() {
	fmt.Println(bytes.Join(nil, nil) == nil, bytes.Join([][]byte{{}}, []byte(",")) == nil, bytes.Fields([]byte("  ")) == nil, len(bytes.Fields(nil)))
	fmt.Println(bytes.Replace(nil, []byte("a"), []byte("b"), -1) == nil, bytes.Replace([]byte{}, []byte("a"), []byte("b"), 0) == nil, bytes.ToUpper(nil) == nil)
	fmt.Println(bytes.Split(nil, []byte(",")), len(bytes.Split(nil, []byte(","))), bytes.SplitN([]byte("a"), []byte(","), 0) == nil)
}
