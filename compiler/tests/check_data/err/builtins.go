package main

func main() {
	x := 1
	_ = max(x, 1.5)
	_ = min("a", 1)
	var s []int
	s = append(s, "x")
	_ = cap(map[int]int{})
	delete(s, 1)
	close(x)
	_ = new(5)
	_ = make(int)
	copy(s, 1)
	panic()
}
