package main

func pair() (int, string, error) {
	return 1, "x"
}

func main() {
	pair()
}
