// Tests encoding/binary: byte orders, varints and their errors.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
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
	b := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9}
	orders := []binary.ByteOrder{binary.LittleEndian, binary.BigEndian, binary.NativeEndian}
	for _, o := range orders {
		fmt.Printf("%v %s %#v %x %x %x\n", o, o, o, o.Uint16(b), o.Uint32(b), o.Uint64(b))
		buf := make([]byte, 8)
		o.PutUint16(buf, 0xabcd)
		fmt.Println(buf)
		o.PutUint32(buf, 0xdeadbeef)
		fmt.Println(buf)
		o.PutUint64(buf, 0x0102030405060708)
		fmt.Println(buf)
		a := o.(binary.AppendByteOrder)
		out := a.AppendUint16(nil, 0x1234)
		out = a.AppendUint32(out, 0x56789abc)
		out = a.AppendUint64(out, math.MaxUint64-1)
		fmt.Println(out, a.String())
		try("Uint16", func() { o.Uint16(b[:1]) })
		try("Uint32", func() { o.Uint32(b[:3]) })
		try("Uint64", func() { o.Uint64(b[:0]) })
		try("PutUint64", func() { o.PutUint64(b[:7], 1) })
	}
	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32, binary.MaxVarintLen64)
	uvals := []uint64{0, 1, 127, 128, 255, 300, 16383, 16384, 1 << 32, math.MaxInt64, math.MaxUint64}
	for _, v := range uvals {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutUvarint(buf, v)
		got, m := binary.Uvarint(buf[:n])
		short, k := binary.Uvarint(buf[:n-1])
		fmt.Println(v, buf[:n], got, m, short, k, bytes.Equal(binary.AppendUvarint([]byte{9}, v)[1:], buf[:n]))
		got2, err := binary.ReadUvarint(bytes.NewReader(buf[:n]))
		_, err2 := binary.ReadUvarint(bytes.NewReader(buf[:n-1]))
		fmt.Println("  read", got2, err, err2)
	}
	ivals := []int64{0, 1, -1, 63, -64, 64, -65, math.MaxInt64, math.MinInt64, 1000000, -1000000}
	for _, v := range ivals {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutVarint(buf, v)
		got, m := binary.Varint(buf[:n])
		got2, err := binary.ReadVarint(bytes.NewReader(buf[:n]))
		fmt.Println(v, buf[:n], got, m, got2, err, binary.AppendVarint(nil, v))
	}
	overflow := [][]byte{
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff},
		{}, {0x80}, {0x80, 0x00},
	}
	for _, o := range overflow {
		v, n := binary.Uvarint(o)
		s, m := binary.Varint(o)
		r, err := binary.ReadUvarint(bytes.NewReader(o))
		rs, errs := binary.ReadVarint(bytes.NewReader(o))
		fmt.Println(o, v, n, s, m, r, err, rs, errs)
	}
	try("PutUvarint short", func() { binary.PutUvarint(make([]byte, 1), 300) })
}
