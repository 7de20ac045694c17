// Tests encoding/hex: encoding, decoding errors, Dump, Dumper and the streams.
package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	fmt.Println(hex.EncodeToString([]byte("Hello, Gopher!")), hex.EncodeToString(nil) == "")
	dst := make([]byte, hex.EncodedLen(5))
	fmt.Println(hex.Encode(dst, []byte{0, 1, 0xab, 0xcd, 0xff}), string(dst), hex.EncodedLen(7), hex.DecodedLen(7), hex.DecodedLen(8))
	fmt.Println(string(hex.AppendEncode([]byte("x="), []byte{0xde, 0xad})))
	for _, s := range []string{"", "48656c6c6f", "48656C6C6F", "4", "zz", "4g", "g4", "486", "48z", "48656c6c6", "48656c6cz", "ABCDEFabcdef0123", "\xff\xff", "4865 6c"} {
		b, err := hex.DecodeString(s)
		fmt.Printf("DecodeString(%q) = %q %v\n", s, b, err)
		var ibe hex.InvalidByteError
		if errors.As(err, &ibe) {
			fmt.Printf("  invalid byte %d %v\n", byte(ibe), err == hex.ErrLength)
		}
		out := make([]byte, hex.DecodedLen(len(s)))
		n, err2 := hex.Decode(out, []byte(s))
		fmt.Println("  Decode", n, err2)
		app, err3 := hex.AppendDecode([]byte("pre:"), []byte(s))
		fmt.Printf("  AppendDecode %q %v\n", app, err3)
	}
	fmt.Println(hex.InvalidByteError('\n').Error(), hex.InvalidByteError(0xe9))
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.\x00\x01\x7f\x80\xff")))
	fmt.Printf("%q\n", hex.Dump(nil))
	for n := 0; n <= 17; n++ {
		fmt.Print(hex.Dump(bytes.Repeat([]byte{'a' + byte(n)}, n)))
	}
	var buf strings.Builder
	d := hex.Dumper(&buf)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopqrstuvwxyz0123456789"))
	d.Close()
	d.Close()
	n, err := d.Write([]byte("x"))
	fmt.Print(buf.String())
	fmt.Println(n, err)
	dd := hex.Dumper(os.Stdout)
	dd.Write(bytes.Repeat([]byte{0x41}, 300))
	dd.Close()

	var enc bytes.Buffer
	w := hex.NewEncoder(&enc)
	n, err = w.Write(bytes.Repeat([]byte("xyz"), 400))
	fmt.Println(n, err, enc.Len(), enc.String()[:20])
	r := hex.NewDecoder(strings.NewReader(enc.String()))
	all, err := io.ReadAll(r)
	fmt.Println(len(all), err, string(all[:9]))
	for _, s := range []string{"414243", "41424", "4142z3", "41424z", "", "zz"} {
		got, err := io.ReadAll(hex.NewDecoder(strings.NewReader(s)))
		fmt.Printf("stream %q -> %q %v\n", s, got, err)
	}
}
