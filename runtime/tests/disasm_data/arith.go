package main

func add(a, b int) int { return a + b }

func narrow(x int8, y uint8) (int8, uint8) { return x * 3, y << 2 }

func floats(a float32, b float64) (float32, float64) { return a / 2, b * b }

func main() {
	s := 0
	for i := 0; i < 10; i++ {
		s += add(i, 1)
	}
	println(s)
}
