// Tests crypto/hmac over md5, sha1 and sha256, and crypto/subtle.
package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"hash"
	"strings"
)

type fixed struct{ hash.Hash }

var shared = sha256.New()

func main() {
	keys := [][]byte{nil, []byte("key"), []byte(strings.Repeat("k", 64)), []byte(strings.Repeat("long key ", 20))}
	messages := []string{"", "The quick brown fox jumps over the lazy dog", strings.Repeat("data", 100)}
	ctors := []func() hash.Hash{md5.New, sha1.New, sha256.New, sha256.New224}
	for _, key := range keys {
		for _, msg := range messages {
			for _, ctor := range ctors {
				m := hmac.New(ctor, key)
				m.Write([]byte(msg))
				first := m.Sum(nil)
				again := m.Sum([]byte{1, 2})
				m.Reset()
				m.Write([]byte(msg[:len(msg)/2]))
				m.Write([]byte(msg[len(msg)/2:]))
				fmt.Printf("%x %x %v %d %d\n", first, again, hmac.Equal(first, m.Sum(nil)), m.Size(), m.BlockSize())
			}
		}
	}
	fmt.Println(hmac.Equal([]byte("a"), []byte("ab")), hmac.Equal(nil, []byte{}), hmac.Equal([]byte("x"), []byte("y")))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		hmac.New(func() hash.Hash { return shared }, []byte("k"))
	}()

	fmt.Println(subtle.ConstantTimeCompare([]byte("abc"), []byte("abc")), subtle.ConstantTimeCompare([]byte("abc"), []byte("abd")),
		subtle.ConstantTimeCompare([]byte("abc"), []byte("ab")), subtle.ConstantTimeCompare(nil, nil))
	for _, v := range []int{0, 1} {
		fmt.Println(subtle.ConstantTimeSelect(v, 10, 20), subtle.ConstantTimeSelect(v, -5, 7))
	}
	for _, p := range [][2]int{{0, 0}, {1, 2}, {255, 255}, {255, 0}, {0, 255}, {128, 127}} {
		fmt.Println(subtle.ConstantTimeByteEq(uint8(p[0]), uint8(p[1])), subtle.ConstantTimeEq(int32(p[0]), int32(p[1])),
			subtle.ConstantTimeLessOrEq(p[0], p[1]))
	}
	fmt.Println(subtle.ConstantTimeEq(-1, -1), subtle.ConstantTimeEq(-1, 1), subtle.ConstantTimeEq(-2147483648, 0),
		subtle.ConstantTimeLessOrEq(2147483647, 0), subtle.ConstantTimeLessOrEq(0, 2147483647), subtle.ConstantTimeLessOrEq(5, 5))
	x := []byte("hello")
	subtle.ConstantTimeCopy(0, x, []byte("world"))
	fmt.Println(string(x))
	subtle.ConstantTimeCopy(1, x, []byte("world"))
	fmt.Println(string(x))
	dst := make([]byte, 4)
	fmt.Println(subtle.XORBytes(dst, []byte{1, 2, 3, 4, 5}, []byte{0xff, 0xf0, 0x0f}), dst, subtle.XORBytes(nil, nil, []byte{1}))
	for _, f := range []func(){
		func() { subtle.ConstantTimeCopy(1, x, []byte("no")) },
		func() { subtle.XORBytes(make([]byte, 1), []byte{1, 2}, []byte{3, 4}) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
}
