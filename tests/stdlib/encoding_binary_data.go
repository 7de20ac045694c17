// Tests encoding/binary's Read, Write, Size, Encode, Decode and Append on basic
// values, pointers and slices.
package main

import (
	"bytes"
	"encoding"
	"encoding/binary"
	"fmt"
	"math"
)

// stamp implements the interfaces of package encoding over a varint.
type stamp int64

func (s stamp) MarshalBinary() ([]byte, error) { return binary.AppendVarint(nil, int64(s)), nil }

func (s *stamp) UnmarshalBinary(data []byte) error {
	v, n := binary.Varint(data)
	if n <= 0 {
		return fmt.Errorf("bad stamp %x", data)
	}
	*s = stamp(v)
	return nil
}

func (s stamp) MarshalText() ([]byte, error) { return []byte(fmt.Sprint("@", int64(s))), nil }

func (s *stamp) UnmarshalText(text []byte) error {
	_, err := fmt.Sscanf(string(text), "@%d", (*int64)(s))
	return err
}

func roundTrip() {
	var m encoding.BinaryMarshaler = stamp(-1234)
	data, _ := m.MarshalBinary()
	var back stamp
	var u encoding.BinaryUnmarshaler = &back
	fmt.Println(data, u.UnmarshalBinary(data), back, u.UnmarshalBinary([]byte{0x80}))
	var t encoding.TextMarshaler = stamp(99)
	text, _ := t.MarshalText()
	var tu encoding.TextUnmarshaler = &back
	fmt.Println(string(text), tu.UnmarshalText(text), back)
}

func main() {
	roundTrip()
	var buf bytes.Buffer
	values := []any{true, int8(-2), uint8(200), int16(-300), uint16(65000), int32(-70000), uint32(4000000000),
		int64(math.MinInt64), uint64(math.MaxUint64), float32(1.5), math.Pi, []bool{true, false}, []int8{-1, 1},
		[]uint8{1, 2, 3}, []int16{-1, 2}, []uint16{3, 4}, []int32{-5}, []uint32{6, 7}, []int64{-8}, []uint64{9},
		[]float32{0.25, -2}, []float64{math.Inf(1), -0.5}, []int32{}}
	for _, order := range []binary.ByteOrder{binary.BigEndian, binary.LittleEndian} {
		buf.Reset()
		for _, v := range values {
			err := binary.Write(&buf, order, v)
			fmt.Print(binary.Size(v), " ", err, "; ")
		}
		fmt.Println()
		fmt.Printf("%x\n", buf.Bytes())
		var b bool
		var i8 int8
		var u8 uint8
		var i16 int16
		var u16 uint16
		var i32 int32
		var u32 uint32
		var i64 int64
		var u64 uint64
		var f32 float32
		var f64 float64
		bs := make([]bool, 2)
		i8s := make([]int8, 2)
		u8s := make([]uint8, 3)
		i16s := make([]int16, 2)
		u16s := make([]uint16, 2)
		i32s := make([]int32, 1)
		u32s := make([]uint32, 2)
		i64s := make([]int64, 1)
		u64s := make([]uint64, 1)
		f32s := make([]float32, 2)
		f64s := make([]float64, 2)
		targets := []any{&b, &i8, &u8, &i16, &u16, &i32, &u32, &i64, &u64, &f32, &f64, bs, i8s, u8s, i16s, u16s, i32s, u32s, i64s, u64s, f32s, f64s, []int32{}}
		for _, t := range targets {
			if err := binary.Read(&buf, order, t); err != nil {
				fmt.Println("read error", err)
			}
		}
		fmt.Println(b, i8, u8, i16, u16, i32, u32, i64, u64, f32, f64, bs, i8s, u8s, i16s, u16s, i32s, u32s, i64s, u64s, f32s, f64s)
		fmt.Println(binary.Read(&buf, order, &i32), buf.Len())
		buf.Write([]byte{1, 2})
		fmt.Println(binary.Read(&buf, order, &i32))
	}
	type point struct{ X, Y int32 }
	var x int32
	fmt.Println(binary.Write(&buf, binary.BigEndian, "text"))
	fmt.Println(binary.Write(&buf, binary.BigEndian, 42))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2, 3, 4}), binary.BigEndian, x))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2, 3, 4}), binary.BigEndian, &buf))
	fmt.Println(binary.Size(42), binary.Size("s"), binary.Size((*int32)(nil)), binary.Size([]uint64{1, 2}), binary.Size(&x), binary.Size([]float32{}))

	out := make([]byte, 8)
	n, err := binary.Encode(out, binary.LittleEndian, uint32(0xdeadbeef))
	fmt.Println(n, err, out)
	n, err = binary.Encode(out[:2], binary.LittleEndian, uint32(1))
	fmt.Println(n, err)
	n, err = binary.Encode(out, binary.LittleEndian, "no")
	fmt.Println(n, err)
	var u uint16
	n, err = binary.Decode([]byte{0xab, 0xcd, 0xef}, binary.BigEndian, &u)
	fmt.Println(n, err, u)
	n, err = binary.Decode([]byte{0xab}, binary.BigEndian, &u)
	fmt.Println(n, err, u)
	n, err = binary.Decode([]byte{0xab, 0xcd}, binary.BigEndian, u)
	fmt.Println(n, err)
	app, err := binary.Append([]byte{0xff}, binary.BigEndian, []int16{1, -1})
	fmt.Println(app, err)
	app, err = binary.Append(nil, binary.NativeEndian, float64(1))
	fmt.Println(app, err)
	app, err = binary.Append([]byte{1}, binary.BigEndian, map[int]int{})
	fmt.Println(app, err)
}
