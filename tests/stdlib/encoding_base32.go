// Tests encoding/base32: the encodings, padding, CorruptInputError offsets and the
// streams.
package main

import (
	"bytes"
	"encoding/base32"
	"fmt"
	"io"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	encs := []*base32.Encoding{base32.StdEncoding, base32.HexEncoding, base32.StdEncoding.WithPadding(base32.NoPadding),
		base32.HexEncoding.WithPadding('*'), base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567")}
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd\xfc\xfb\xfa", "Hello, 世界", "\x00\x00\x00"}
	for i, e := range encs {
		for _, in := range inputs {
			s := e.EncodeToString([]byte(in))
			back, err := e.DecodeString(s)
			fmt.Printf("%d %q -> %q (%d) -> %q %v\n", i, in, s, e.EncodedLen(len(in)), back, err)
		}
		fmt.Println(e.DecodedLen(0), e.DecodedLen(5), e.DecodedLen(8), e.DecodedLen(13), e.DecodedLen(16))
	}
	bad := []string{"=", "========", "M", "MY", "MY=", "MY======", "MY=====", "MY======MY======", "MZXQ====", "MZXW6===",
		"MZXW6YQ=", "MZXW6YTB", "MZXW6YTBOI======", "MZX=====", "MZXW6Y==", "M=======", "MY=a====", "MY======A",
		"MZXW6YTB\nOI======", "MZXW\r\n6YTB", "!!!!!!!!", "MZXW6YTB!", "my======", "MZXW6YTBO", "MZXW6YTBOI", "MZXW6YTBOI=",
		"MZXW6YTBOIA", "MZXW6YTBOIAAA", "MZXW6YTBOIAAAA"}
	for _, s := range bad {
		for i, e := range []*base32.Encoding{base32.StdEncoding, base32.StdEncoding.WithPadding(base32.NoPadding)} {
			b, err := e.DecodeString(s)
			fmt.Printf("%d %q: %q %v\n", i, s, b, err)
		}
		dst := make([]byte, 100)
		n, err := base32.StdEncoding.Decode(dst, []byte(s))
		app, err2 := base32.StdEncoding.AppendDecode([]byte("x"), []byte(s))
		fmt.Printf("  Decode %d %v, AppendDecode %q %v\n", n, err, app, err2)
	}
	fmt.Println(base32.CorruptInputError(7).Error(), string(base32.StdEncoding.AppendEncode([]byte("b32:"), []byte("hi"))))
	dst := make([]byte, 16)
	base32.HexEncoding.Encode(dst, []byte("abc"))
	fmt.Println(string(dst))
	try("short", func() { base32.NewEncoding("abc") })
	try("newline", func() { base32.NewEncoding("\nBCDEFGHIJKLMNOPQRSTUVWXYZ234567") })
	try("dup", func() { base32.NewEncoding("AACDEFGHIJKLMNOPQRSTUVWXYZ234567") })
	try("pad in alphabet", func() { base32.StdEncoding.WithPadding('A') })
	try("bad pad", func() { base32.StdEncoding.WithPadding('\r') })

	var out bytes.Buffer
	w := base32.NewEncoder(base32.StdEncoding, &out)
	for i := 0; i < 8; i++ {
		n, err := w.Write([]byte(strings.Repeat("xy", i)))
		fmt.Print(n, err, " ")
	}
	w.Close()
	fmt.Println()
	fmt.Println(out.String())
	big := bytes.Repeat([]byte("0123456789"), 300)
	for _, e := range []*base32.Encoding{base32.StdEncoding, base32.HexEncoding.WithPadding(base32.NoPadding)} {
		out.Reset()
		w = base32.NewEncoder(e, &out)
		w.Write(big)
		w.Close()
		fmt.Println(out.Len(), e.EncodeToString(big) == out.String())
		got, err := io.ReadAll(base32.NewDecoder(e, &out))
		fmt.Println(len(got), err, bytes.Equal(got, big))
	}
	for _, s := range []string{"MZXW6YTBOI======", "MZXW\n6YTB\nOI======\n", "MZXW6YTBOI", "MZXW6YTBOI======MZXW6YTB", "MZXW6!TB", "MZXW6", "",
		strings.Repeat("MZXW6YTB", 200) + "!"} {
		got, err := io.ReadAll(base32.NewDecoder(base32.StdEncoding, strings.NewReader(s)))
		fmt.Printf("stream std %d %q %v\n", len(s), got[:min(len(got), 12)], err)
		got, err = io.ReadAll(base32.NewDecoder(base32.StdEncoding.WithPadding(base32.NoPadding), strings.NewReader(s)))
		fmt.Printf("stream raw %d %q %v\n", len(s), got[:min(len(got), 12)], err)
	}
	r := base32.NewDecoder(base32.StdEncoding, strings.NewReader("MZXW6YTBOJRGC6Q="))
	small := make([]byte, 3)
	for {
		n, err := r.Read(small)
		fmt.Printf("%q %v; ", small[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println()
}
