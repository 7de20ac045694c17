// Tests encoding/base64: the four encodings, custom alphabets, padding, strict
// mode, CorruptInputError offsets and the streams.
package main

import (
	"bytes"
	"encoding/base64"
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
	encs := []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding,
		base64.StdEncoding.Strict(), base64.StdEncoding.WithPadding('*'), base64.NewEncoding("./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")}
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd\xfc", "sure.", "Hello, 世界", "\x00\x00\x00"}
	for i, e := range encs {
		for _, in := range inputs {
			s := e.EncodeToString([]byte(in))
			back, err := e.DecodeString(s)
			fmt.Printf("%d %q -> %q (%d) -> %q %v\n", i, in, s, e.EncodedLen(len(in)), back, err)
		}
		fmt.Println(e.DecodedLen(0), e.DecodedLen(3), e.DecodedLen(4), e.DecodedLen(7), e.DecodedLen(8))
	}
	bad := []string{"=", "==", "A", "AA", "AA=", "AA==", "AAA", "AAA=", "AAAA", "AB==", "AB=A", "ABC=", "ABD=", "A===", "AA=A",
		"AAAA=", "AAAA==", "AA==AA==", "AA==\n", "AA\n==", "AA=\n=", "A\nA\r\n==", "!!!!", "AAAA!AAA", "AAAAAAAA!", "QUJD\nREVG",
		"QUJDREVGSElKS0xN", "QUJDREVGSElKS0xN!", "QUJD REVG", "\n\n", "QQ", "QUI", "QUJD", "QUJDRA", "QUJDRA=", "QUJDRA==", "QR==", "QUM=", "QUJ="}
	for _, s := range bad {
		for i, e := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.StdEncoding.Strict(), base64.RawURLEncoding.Strict()} {
			b, err := e.DecodeString(s)
			fmt.Printf("%d %q: %q %v\n", i, s, b, err)
		}
		dst := make([]byte, 100)
		n, err := base64.StdEncoding.Decode(dst, []byte(s))
		app, err2 := base64.StdEncoding.AppendDecode([]byte("x"), []byte(s))
		fmt.Printf("  Decode %d %v, AppendDecode %q %v\n", n, err, app, err2)
	}
	fmt.Println(base64.CorruptInputError(42).Error())
	dst := make([]byte, 8)
	base64.URLEncoding.Encode(dst, []byte{0xfb, 0xff, 0xfe})
	fmt.Println(string(dst[:4]), string(base64.StdEncoding.AppendEncode([]byte("b64:"), []byte{0xfb, 0xff})))
	try("short", func() { base64.NewEncoding("abc") })
	try("newline", func() { base64.NewEncoding("\nBCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") })
	try("dup", func() { base64.NewEncoding("AACDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") })
	try("pad in alphabet", func() { base64.StdEncoding.WithPadding('A') })
	try("bad pad", func() { base64.StdEncoding.WithPadding('\n') })
	try("big pad", func() { base64.StdEncoding.WithPadding(0x100) })
	try("negative pad", func() { base64.StdEncoding.WithPadding(-2) })
	fmt.Println(base64.StdPadding, base64.NoPadding)

	var out bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &out)
	for i := 0; i < 10; i++ {
		n, err := w.Write([]byte(strings.Repeat("ab", i)))
		fmt.Print(n, err, " ")
	}
	w.Close()
	fmt.Println()
	fmt.Println(out.String())
	big := bytes.Repeat([]byte("0123456789"), 300)
	out.Reset()
	w = base64.NewEncoder(base64.RawURLEncoding, &out)
	w.Write(big)
	w.Close()
	fmt.Println(out.Len(), base64.RawURLEncoding.EncodeToString(big) == out.String())
	got, err := io.ReadAll(base64.NewDecoder(base64.RawURLEncoding, &out))
	fmt.Println(len(got), err, bytes.Equal(got, big))
	for _, s := range []string{"Zm9vYmFy", "Zm9v\nYmFy\n", "Zm9vYmE=", "Zm9vYmE", "Zm9v!mFy", "Zm9vYmFyZm9vYmFy====", strings.Repeat("QUJD", 300) + "!"} {
		got, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader(s)))
		fmt.Printf("stream std %d %q %v\n", len(s), got[:min(len(got), 12)], err)
		got, err = io.ReadAll(base64.NewDecoder(base64.RawStdEncoding, strings.NewReader(s)))
		fmt.Printf("stream raw %d %q %v\n", len(s), got[:min(len(got), 12)], err)
	}
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader("Zm9vYmFyYmF6"))
	small := make([]byte, 2)
	for {
		n, err := r.Read(small)
		fmt.Printf("%q %v; ", small[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println()
}
