package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 3}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	var u uint32 = 7
	fmt.Println(u/2, u%2, -u/2)
	var i8 int8 = -128
	var m1 int8 = -1
	fmt.Println(i8/m1, i8%m1)
	var i64 int64 = -9223372036854775808
	var n1 int64 = -1
	fmt.Println(i64/n1, i64%n1)
	fmt.Println(-5>>1, -5/2, 5>>1)
	x := 1000003
	fmt.Println(x/7, x%7, x/7*7+x%7 == x)
}
