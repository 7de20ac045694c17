package main

import "fmt"

func main() {
	arr := &[4]int{1, 2, 3, 4}
	n := 4
	arr[n-1] = 40
	fmt.Println(arr[n-1])
	arr[n] = 50
}
