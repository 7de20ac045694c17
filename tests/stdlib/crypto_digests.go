// Tests crypto/md5, crypto/sha1 and crypto/sha256 against many inputs and write
// splittings.
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"strings"
)

func main() {
	var inputs [][]byte
	for _, s := range []string{"", "a", "abc", "message digest", "abcdefghijklmnopqrstuvwxyz",
		"The quick brown fox jumps over the lazy dog", "The quick brown fox jumps over the lazy dog."} {
		inputs = append(inputs, []byte(s))
	}
	for _, n := range []int{1, 55, 56, 57, 63, 64, 65, 111, 112, 119, 120, 127, 128, 129, 1000, 4096, 100000} {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i*31 + n*7 + i>>8)
		}
		inputs = append(inputs, b)
	}
	for i, data := range inputs {
		fmt.Printf("%d (%d bytes)\n", i, len(data))
		fmt.Printf("  md5    %x\n", md5.Sum(data))
		fmt.Printf("  sha1   %x\n", sha1.Sum(data))
		fmt.Printf("  sha224 %x\n", sha256.Sum224(data))
		fmt.Printf("  sha256 %x\n", sha256.Sum256(data))
		for _, h := range []hash.Hash{md5.New(), sha1.New(), sha256.New224(), sha256.New()} {
			// Write in uneven pieces, summing in the middle to check Sum leaves the state alone.
			rest := data
			step := 1
			for len(rest) > 0 {
				k := min(step, len(rest))
				h.Write(rest[:k])
				rest = rest[k:]
				step = step*3 + 1
				h.Sum(nil)
			}
			whole := h.Sum([]byte{0xAA})
			fmt.Printf("  stream %x size=%d block=%d\n", whole, h.Size(), h.BlockSize())
		}
	}
	h := sha256.New()
	io.WriteString(h, strings.Repeat("weft", 1000))
	fmt.Printf("%x\n", h.Sum(nil))
	h.Reset()
	fmt.Printf("%x\n", h.Sum(nil))
	big := []byte(strings.Repeat("0123456789abcdef", 1<<16))
	fmt.Printf("%x\n%x\n%x\n", md5.Sum(big), sha1.Sum(big), sha256.Sum256(big))
	fmt.Println(md5.Size, md5.BlockSize, sha1.Size, sha1.BlockSize, sha256.Size, sha256.Size224, sha256.BlockSize)
	a := md5.Sum([]byte("x"))
	b := md5.Sum([]byte("x"))
	fmt.Println(a == b, len(a), fmt.Sprintf("%T %T %T", a, sha1.Sum(nil), sha256.Sum224(nil)))
}
