package main

import (
	"fmt"
	"strings"
)

// Digits are stored little-endian in base 10000.
type BigNat []int

const base = 10000

func FromInt(n int) BigNat {
	var b BigNat
	for n > 0 {
		b = append(b, n%base)
		n /= base
	}
	return b
}

func (a BigNat) MulSmall(k int) BigNat {
	out := make(BigNat, 0, len(a)+2)
	carry := 0
	for _, d := range a {
		v := d*k + carry
		out = append(out, v%base)
		carry = v / base
	}
	for carry > 0 {
		out = append(out, carry%base)
		carry /= base
	}
	return out
}

func (a BigNat) Add(b BigNat) BigNat {
	if len(a) < len(b) {
		a, b = b, a
	}
	out := make(BigNat, 0, len(a)+1)
	carry := 0
	for i := range a {
		v := a[i] + carry
		if i < len(b) {
			v += b[i]
		}
		out = append(out, v%base)
		carry = v / base
	}
	if carry > 0 {
		out = append(out, carry)
	}
	return out
}

func (a BigNat) String() string {
	if len(a) == 0 {
		return "0"
	}
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(a[len(a)-1]))
	for i := len(a) - 2; i >= 0; i-- {
		fmt.Fprintf(&sb, "%04d", a[i])
	}
	return sb.String()
}

func main() {
	f := FromInt(1)
	for i := 2; i <= 100; i++ {
		f = f.MulSmall(i)
	}
	s := f.String()
	fmt.Println(len(s), s)
	digitSum := 0
	for _, c := range s {
		digitSum += int(c - '0')
	}
	fmt.Println("digit sum", digitSum)
	a, b := FromInt(0), FromInt(1)
	for i := 0; i < 200; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(200) =", a)
	p := FromInt(1)
	for i := 0; i < 128; i++ {
		p = p.MulSmall(2)
	}
	fmt.Println("2^128 =", p)
}
