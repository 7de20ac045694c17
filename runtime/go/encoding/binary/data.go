package binary

import (
	"errors"
	"fmt"
	"io"
	"math"
)

// This file holds Read, Write, Size, Encode, Decode and Append for the values gc
// handles without reflection: booleans, fixed-size integers and floats, pointers to
// them and slices of them. Weft has no reflect, so structs and arrays, which gc
// walks by reflection, are reported as unsupported types.

var errBufferTooSmall = errors.New("buffer too small")

// basicSize returns the encoded size of data when it is a basic value, a pointer to
// one or a slice of them (0 for an empty slice), and -1 otherwise.
func basicSize(data any) int {
	switch d := data.(type) {
	case bool, int8, uint8, *bool, *int8, *uint8:
		return 1
	case int16, uint16, *int16, *uint16:
		return 2
	case int32, uint32, float32, *int32, *uint32, *float32:
		return 4
	case int64, uint64, float64, *int64, *uint64, *float64:
		return 8
	case []bool:
		return len(d)
	case []int8:
		return len(d)
	case []uint8:
		return len(d)
	case []int16:
		return 2 * len(d)
	case []uint16:
		return 2 * len(d)
	case []int32:
		return 4 * len(d)
	case []uint32:
		return 4 * len(d)
	case []float32:
		return 4 * len(d)
	case []int64:
		return 8 * len(d)
	case []uint64:
		return 8 * len(d)
	case []float64:
		return 8 * len(d)
	}
	return -1
}

// Size returns how many bytes Write would generate to encode v, or -1 when v is
// not a supported fixed-size value (a nil pointer included).
func Size(v any) int {
	switch d := v.(type) {
	case *bool:
		if d == nil {
			return -1
		}
	case *int8:
		if d == nil {
			return -1
		}
	case *uint8:
		if d == nil {
			return -1
		}
	case *int16:
		if d == nil {
			return -1
		}
	case *uint16:
		if d == nil {
			return -1
		}
	case *int32:
		if d == nil {
			return -1
		}
	case *uint32:
		if d == nil {
			return -1
		}
	case *float32:
		if d == nil {
			return -1
		}
	case *int64:
		if d == nil {
			return -1
		}
	case *uint64:
		if d == nil {
			return -1
		}
	case *float64:
		if d == nil {
			return -1
		}
	}
	return basicSize(v)
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// appendBasic appends the encoding of a basic value, pointer or slice to buf.
func appendBasic(buf []byte, order ByteOrder, data any) []byte {
	a := appender{order}
	switch d := data.(type) {
	case bool:
		buf = append(buf, boolByte(d))
	case *bool:
		buf = append(buf, boolByte(*d))
	case []bool:
		for _, x := range d {
			buf = append(buf, boolByte(x))
		}
	case int8:
		buf = append(buf, byte(d))
	case *int8:
		buf = append(buf, byte(*d))
	case []int8:
		for _, x := range d {
			buf = append(buf, byte(x))
		}
	case uint8:
		buf = append(buf, d)
	case *uint8:
		buf = append(buf, *d)
	case []uint8:
		buf = append(buf, d...)
	case int16:
		buf = a.put16(buf, uint16(d))
	case *int16:
		buf = a.put16(buf, uint16(*d))
	case []int16:
		for _, x := range d {
			buf = a.put16(buf, uint16(x))
		}
	case uint16:
		buf = a.put16(buf, d)
	case *uint16:
		buf = a.put16(buf, *d)
	case []uint16:
		for _, x := range d {
			buf = a.put16(buf, x)
		}
	case int32:
		buf = a.put32(buf, uint32(d))
	case *int32:
		buf = a.put32(buf, uint32(*d))
	case []int32:
		for _, x := range d {
			buf = a.put32(buf, uint32(x))
		}
	case uint32:
		buf = a.put32(buf, d)
	case *uint32:
		buf = a.put32(buf, *d)
	case []uint32:
		for _, x := range d {
			buf = a.put32(buf, x)
		}
	case float32:
		buf = a.put32(buf, math.Float32bits(d))
	case *float32:
		buf = a.put32(buf, math.Float32bits(*d))
	case []float32:
		for _, x := range d {
			buf = a.put32(buf, math.Float32bits(x))
		}
	case int64:
		buf = a.put64(buf, uint64(d))
	case *int64:
		buf = a.put64(buf, uint64(*d))
	case []int64:
		for _, x := range d {
			buf = a.put64(buf, uint64(x))
		}
	case uint64:
		buf = a.put64(buf, d)
	case *uint64:
		buf = a.put64(buf, *d)
	case []uint64:
		for _, x := range d {
			buf = a.put64(buf, x)
		}
	case float64:
		buf = a.put64(buf, math.Float64bits(d))
	case *float64:
		buf = a.put64(buf, math.Float64bits(*d))
	case []float64:
		for _, x := range d {
			buf = a.put64(buf, math.Float64bits(x))
		}
	}
	return buf
}

// appender appends fixed-size integers in a ByteOrder that need not be an
// AppendByteOrder.
type appender struct{ order ByteOrder }

func (a appender) put16(buf []byte, v uint16) []byte {
	var b [2]byte
	a.order.PutUint16(b[:], v)
	return append(buf, b[:]...)
}

func (a appender) put32(buf []byte, v uint32) []byte {
	var b [4]byte
	a.order.PutUint32(b[:], v)
	return append(buf, b[:]...)
}

func (a appender) put64(buf []byte, v uint64) []byte {
	var b [8]byte
	a.order.PutUint64(b[:], v)
	return append(buf, b[:]...)
}

// decodeBasic stores the decoding of bs into the pointer or slice data; it reports
// false when data is a plain value, which cannot be decoded into.
func decodeBasic(bs []byte, order ByteOrder, data any) bool {
	switch d := data.(type) {
	case *bool:
		*d = bs[0] != 0
	case *int8:
		*d = int8(bs[0])
	case *uint8:
		*d = bs[0]
	case *int16:
		*d = int16(order.Uint16(bs))
	case *uint16:
		*d = order.Uint16(bs)
	case *int32:
		*d = int32(order.Uint32(bs))
	case *uint32:
		*d = order.Uint32(bs)
	case *float32:
		*d = math.Float32frombits(order.Uint32(bs))
	case *int64:
		*d = int64(order.Uint64(bs))
	case *uint64:
		*d = order.Uint64(bs)
	case *float64:
		*d = math.Float64frombits(order.Uint64(bs))
	case []bool:
		for i := range d {
			d[i] = bs[i] != 0
		}
	case []int8:
		for i := range d {
			d[i] = int8(bs[i])
		}
	case []uint8:
		copy(d, bs)
	case []int16:
		for i := range d {
			d[i] = int16(order.Uint16(bs[2*i:]))
		}
	case []uint16:
		for i := range d {
			d[i] = order.Uint16(bs[2*i:])
		}
	case []int32:
		for i := range d {
			d[i] = int32(order.Uint32(bs[4*i:]))
		}
	case []uint32:
		for i := range d {
			d[i] = order.Uint32(bs[4*i:])
		}
	case []float32:
		for i := range d {
			d[i] = math.Float32frombits(order.Uint32(bs[4*i:]))
		}
	case []int64:
		for i := range d {
			d[i] = int64(order.Uint64(bs[8*i:]))
		}
	case []uint64:
		for i := range d {
			d[i] = order.Uint64(bs[8*i:])
		}
	case []float64:
		for i := range d {
			d[i] = math.Float64frombits(order.Uint64(bs[8*i:]))
		}
	default:
		return false
	}
	return true
}

func typeName(data any) string { return fmt.Sprintf("%T", data) }

// Read reads structured binary data from r into data, which must be a pointer to
// or a slice of fixed-size values; a short input gives io.ErrUnexpectedEOF.
func Read(r io.Reader, order ByteOrder, data any) error {
	size := basicSize(data)
	if size > 0 {
		bs := make([]byte, size)
		if _, err := io.ReadFull(r, bs); err != nil {
			return err
		}
		if decodeBasic(bs, order, data) {
			return nil
		}
		return errors.New("binary.Read: invalid type " + typeName(data))
	}
	if size == 0 {
		return nil
	}
	return errors.New("binary.Read: invalid type " + typeName(data))
}

// Decode decodes data from buf and returns the number of bytes used.
func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	size := basicSize(data)
	if size < 0 {
		return 0, errors.New("binary.Decode: invalid type " + typeName(data))
	}
	if len(buf) < size {
		return 0, errBufferTooSmall
	}
	if size > 0 && !decodeBasic(buf, order, data) {
		return 0, errors.New("binary.Decode: invalid type " + typeName(data))
	}
	return size, nil
}

// Write writes the binary representation of data into w.
func Write(w io.Writer, order ByteOrder, data any) error {
	if basicSize(data) < 0 {
		return errors.New("binary.Write: some values are not fixed-sized in type " + typeName(data))
	}
	_, err := w.Write(appendBasic(make([]byte, 0, basicSize(data)), order, data))
	return err
}

// Encode encodes data into buf and returns the number of bytes written.
func Encode(buf []byte, order ByteOrder, data any) (int, error) {
	size := basicSize(data)
	if size < 0 {
		return 0, errors.New("binary.Encode: some values are not fixed-sized in type " + typeName(data))
	}
	if len(buf) < size {
		return 0, errBufferTooSmall
	}
	copy(buf, appendBasic(nil, order, data))
	return size, nil
}

// Append appends the binary representation of data to buf.
func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	if basicSize(data) < 0 {
		return nil, errors.New("binary.Append: some values are not fixed-sized in type " + typeName(data))
	}
	return appendBasic(buf, order, data), nil
}
