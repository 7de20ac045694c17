package main

func pair() int {
	return 1, 2
}

func main() {
	_ = pair()
}
