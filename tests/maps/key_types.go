package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y int }

func main() {
	byPoint := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	byPoint[Point{1, 2}] = "b"
	fmt.Println(byPoint, len(byPoint))
	byArray := map[[2]int]int{{1, 1}: 1}
	byArray[[2]int{1, 1}] += 10
	fmt.Println(byArray)
	byIface := map[interface{}]int{1: 1, "1": 2, 1.0: 3, true: 4, Point{}: 5}
	fmt.Println(byIface[1], byIface["1"], byIface[1.0], byIface[true], byIface[Point{}], len(byIface))
	floats := map[float64]int{}
	nan := math.NaN()
	floats[nan] = 1
	floats[nan] = 2
	floats[0.0] = 3
	floats[math.Copysign(0, -1)] = 4
	fmt.Println(len(floats), floats[nan], floats[0])
	_, ok := floats[nan]
	fmt.Println(ok)
	delete(floats, nan)
	fmt.Println(len(floats))
	clear(floats)
	fmt.Println(len(floats))
	byBool := map[bool]int{false: 0, true: 1}
	fmt.Println(byBool)
}
