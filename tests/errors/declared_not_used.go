package main

func main() {
	count := 0
	name := "unused"
	count = 1
}
