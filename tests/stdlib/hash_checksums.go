// Tests hash, hash/fnv, hash/crc32 and hash/adler32 on many inputs.
package main

import (
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	"io"
	"strings"
)

func inputs() [][]byte {
	list := [][]byte{nil, []byte(""), []byte("a"), []byte("abc"), []byte("hello, world"), []byte("The quick brown fox jumps over the lazy dog")}
	for _, n := range []int{1, 55, 56, 63, 64, 65, 127, 128, 1000, 5552, 5553, 20000} {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i*7 + n)
		}
		list = append(list, b)
	}
	list = append(list, []byte(strings.Repeat("\xff", 6000)))
	return list
}

func show(name string, h hash.Hash, data []byte) {
	h.Reset()
	// Write in two pieces to check that state carries over.
	half := len(data) / 3
	n1, err1 := h.Write(data[:half])
	n2, err2 := h.Write(data[half:])
	sum := h.Sum([]byte("prefix"))
	fmt.Printf("  %s %x %d %v %v size=%d block=%d", name, sum[6:], n1+n2, err1, err2, h.Size(), h.BlockSize())
	switch v := h.(type) {
	case hash.Hash32:
		fmt.Printf(" %08x", v.Sum32())
	case hash.Hash64:
		fmt.Printf(" %016x", v.Sum64())
	}
	fmt.Println()
}

func main() {
	castagnoli := crc32.MakeTable(crc32.Castagnoli)
	koopman := crc32.MakeTable(crc32.Koopman)
	custom := crc32.MakeTable(0x12345678)
	fmt.Println(crc32.IEEETable[1], crc32.IEEETable[255], castagnoli[128], koopman[7], crc32.MakeTable(crc32.IEEE)[200] == crc32.IEEETable[200], crc32.Size, adler32.Size)
	for i, data := range inputs() {
		fmt.Printf("input %d (%d bytes)\n", i, len(data))
		fmt.Printf("  crc32 %08x %08x %08x %08x %08x\n", crc32.ChecksumIEEE(data), crc32.Checksum(data, castagnoli),
			crc32.Checksum(data, koopman), crc32.Checksum(data, custom), crc32.Update(crc32.ChecksumIEEE(data[:len(data)/2]), crc32.IEEETable, data[len(data)/2:]))
		fmt.Printf("  adler32 %08x\n", adler32.Checksum(data))
		fmt.Printf("  crc64 %016x %016x\n", crc64.Checksum(data, crc64.MakeTable(crc64.ISO)), crc64.Checksum(data, crc64.MakeTable(crc64.ECMA)))
		show("crc64", crc64.New(crc64.MakeTable(crc64.ECMA)), data)
		show("fnv32", fnv.New32(), data)
		show("fnv32a", fnv.New32a(), data)
		show("fnv64", fnv.New64(), data)
		show("fnv64a", fnv.New64a(), data)
		show("fnv128", fnv.New128(), data)
		show("fnv128a", fnv.New128a(), data)
		show("crc32ieee", crc32.NewIEEE(), data)
		show("crc32c", crc32.New(castagnoli), data)
		show("adler32", adler32.New(), data)
	}
	h := fnv.New64a()
	io.WriteString(h, "abc")
	fmt.Println(h.Sum64(), h.Sum(nil), h.Sum64())
	fmt.Println(crc64.Size, crc64.Update(0, crc64.MakeTable(crc64.ISO), []byte("x")))
	var hs []hash.Hash32 = []hash.Hash32{crc32.NewIEEE(), adler32.New(), fnv.New32()}
	for _, x := range hs {
		fmt.Fprintf(x, "%d-%s", 42, "formatted")
		fmt.Println(x.Sum32())
	}
}
