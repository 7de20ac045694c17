// Tests encoding/ascii85: Encode, Decode with and without flush, errors and the
// streams.
package main

import (
	"bytes"
	"encoding/ascii85"
	"fmt"
	"io"
	"strings"
)

func main() {
	inputs := []string{"", "a", "ab", "abc", "abcd", "abcde", "\x00\x00\x00\x00", "\x00\x00\x00", "\x00\x00\x00\x00\x00",
		"\xff\xff\xff\xff", "Man is distinguished", "hello, world\n", "\x00\x00\x00\x00x\x00\x00\x00\x00"}
	for _, in := range inputs {
		dst := make([]byte, ascii85.MaxEncodedLen(len(in)))
		n := ascii85.Encode(dst, []byte(in))
		back := make([]byte, len(in)+8)
		nd, ns, err := ascii85.Decode(back, dst[:n], true)
		nd2, ns2, err2 := ascii85.Decode(back, dst[:n], false)
		fmt.Printf("%q -> %q (%d max %d) -> %q %d %v | %d %d %v\n", in, dst[:n], n, len(dst), back[:nd], ns, err, nd2, ns2, err2)
	}
	for _, s := range []string{"z", "zz", "9jqo^", "9jqo^B", "9jqo^BlbD", "9j qo\n^\tB", "!!!!!", "s8W-!", "s8W-\"", "uuuuu",
		"v", "9jqo~", "9jqo^z", "az", "!", "!!", "<~9jqo~>", "\x00\x01 z"} {
		dst := make([]byte, 32)
		nd, ns, err := ascii85.Decode(dst, []byte(s), true)
		nd2, ns2, err2 := ascii85.Decode(dst, []byte(s), false)
		fmt.Printf("%q: %q %d %v | %d %d %v\n", s, dst[:nd], ns, err, nd2, ns2, err2)
		small := make([]byte, 5)
		nd3, ns3, err3 := ascii85.Decode(small, []byte(s), true)
		fmt.Println("  small", nd3, ns3, err3)
	}
	fmt.Println(ascii85.CorruptInputError(3))
	whole := bytes.Repeat([]byte{'.'}, 12)
	fmt.Printf("%d %q\n", ascii85.Encode(whole, []byte("\x00\x00\x00\x00ab")), whole)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ascii85.Encode(make([]byte, 7), []byte("abcdef"))
	}()

	var out bytes.Buffer
	w := ascii85.NewEncoder(&out)
	for i := 0; i < 7; i++ {
		n, err := w.Write([]byte(strings.Repeat("\x00ab", i)))
		fmt.Print(n, err, " ")
	}
	w.Close()
	fmt.Println()
	fmt.Printf("%q\n", out.String())
	got, err := io.ReadAll(ascii85.NewDecoder(&out))
	fmt.Printf("%q %v\n", got, err)
	big := bytes.Repeat([]byte("0123456789\x00\x00\x00\x00"), 300)
	out.Reset()
	w = ascii85.NewEncoder(&out)
	w.Write(big)
	w.Close()
	got, err = io.ReadAll(ascii85.NewDecoder(strings.NewReader(strings.ReplaceAll(out.String(), "z", "z\n"))))
	fmt.Println(out.Len(), len(got), err, bytes.Equal(got, big))
	for _, s := range []string{"9jqo^BlbD-BleB1DJ+*+F(f,q", "9jqo^~", "9jqo^B", "9", "   \n  ", strings.Repeat(" ", 2000) + "9jqo^"} {
		got, err := io.ReadAll(ascii85.NewDecoder(strings.NewReader(s)))
		fmt.Printf("stream %q %v\n", got, err)
	}
}
