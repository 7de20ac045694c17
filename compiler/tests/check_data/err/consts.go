package main

func f(int8) {}

func main() {
	var a int8 = 300
	var b int = 1.5
	var c int8
	c = 300
	d := c + 300
	e := c + 1.5
	f(300)
	const k int8 = 300
	var s uint = -1
	var x int = "s"
	var y string = 1
	var z float32 = 1e100
	g := 1 / 0
	var i int
	h := i / 0
	var p *int = 1
	_, _, _, _, _, _, _, _, _ = a, b, d, e, s, x, y, z, g, h, p
}
