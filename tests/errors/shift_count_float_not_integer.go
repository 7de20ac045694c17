package main

func main() {
	var x int = 1
	var s uint = 2
	_ = x << (1.5 << s)
}
