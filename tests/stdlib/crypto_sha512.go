// Tests crypto/sha512's four variants against many inputs and write splittings,
// and HMAC-SHA-512.
package main

import (
	"crypto/hmac"
	"crypto/sha512"
	"fmt"
	"hash"
	"strings"
)

func main() {
	var inputs [][]byte
	for _, s := range []string{"", "a", "abc", "The quick brown fox jumps over the lazy dog"} {
		inputs = append(inputs, []byte(s))
	}
	for _, n := range []int{1, 111, 112, 113, 127, 128, 129, 239, 240, 255, 256, 1000, 10000} {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i*13 + n*5 + i>>7)
		}
		inputs = append(inputs, b)
	}
	for i, data := range inputs {
		fmt.Printf("%d (%d bytes)\n", i, len(data))
		fmt.Printf("  512     %x\n", sha512.Sum512(data))
		fmt.Printf("  384     %x\n", sha512.Sum384(data))
		fmt.Printf("  512/224 %x\n", sha512.Sum512_224(data))
		fmt.Printf("  512/256 %x\n", sha512.Sum512_256(data))
		for _, h := range []hash.Hash{sha512.New(), sha512.New384(), sha512.New512_224(), sha512.New512_256()} {
			rest := data
			step := 1
			for len(rest) > 0 {
				k := min(step, len(rest))
				h.Write(rest[:k])
				rest = rest[k:]
				step = step*5 + 2
				h.Sum(nil)
			}
			fmt.Printf("  stream %x size=%d block=%d\n", h.Sum([]byte{7}), h.Size(), h.BlockSize())
			h.Reset()
			h.Write(data)
			fmt.Printf("  again %x\n", h.Sum(nil))
		}
	}
	m := hmac.New(sha512.New, []byte(strings.Repeat("secret", 30)))
	m.Write([]byte("message"))
	fmt.Printf("%x\n", m.Sum(nil))
	fmt.Println(sha512.Size, sha512.Size224, sha512.Size256, sha512.Size384, sha512.BlockSize)
	fmt.Printf("%T %T\n", sha512.Sum384(nil), sha512.Sum512_224(nil))
}
