package main

import "fmt"

func main() {
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99
	fmt.Println(i, s)
	x := 7
	x += 3
	x -= 1
	x *= 4
	x /= 3
	x %= 7
	x <<= 4
	x >>= 1
	x |= 1
	x &= 0xfd
	x ^= 0xff
	x &^= 0x0f
	fmt.Println(x)
	var u, v = "u", 2.5
	fmt.Println(u, v)
	_, _ = u, v
	m := map[string]int{}
	m["k"], a = 5, m["k"]
	fmt.Println(m, a)
	arr := [3]int{}
	j := 0
	j, arr[j] = 2, 7
	fmt.Println(arr)
	p := &struct{ n int }{}
	p.n, p = 4, &struct{ n int }{100}
	fmt.Println(p.n)
}
