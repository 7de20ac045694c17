package main

import "fmt"

type Vec3 [3]float64

func (v Vec3) Add(o Vec3) Vec3 { return Vec3{v[0] + o[0], v[1] + o[1], v[2] + o[2]} }

func main() {
	points := []Vec3{{1, 0, 0}, {0, 2, 0}, {0, 0, 3}}
	var sum Vec3
	for _, p := range points {
		sum = sum.Add(p)
	}
	fmt.Println(sum, len(points), cap(points))
	points[0][0] = 10
	copyOf := append([]Vec3(nil), points...)
	copyOf[1][1] = 20
	fmt.Println(points, copyOf)
	steps := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 3 },
	}
	steps = append(steps, func(x int) int { return x - 2 })
	x := 5
	for _, f := range steps {
		x = f(x)
	}
	fmt.Println(x, len(steps))
	matrix := make([][2]int, 3)
	for i := range matrix {
		matrix[i] = [2]int{i, i * i}
	}
	fmt.Println(matrix, matrix[2][1])
	var bits [][]bool
	bits = append(bits, []bool{true}, nil, make([]bool, 2))
	fmt.Println(bits, len(bits[1]), bits[1] == nil)
}
