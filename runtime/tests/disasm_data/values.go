package main

type P struct{ X, Y int }

func (p *P) Move(dx int) { p.X += dx }

type Mover interface{ Move(int) }

func main() {
	p := P{1, 2}
	q := p
	q.X = 9
	var m Mover = &p
	m.Move(3)
	xs := []int{1, 2}
	xs = append(xs, p.X)
	ms := map[string]int{"a": 1}
	ms["b"]++
	println(p.X, q.X, len(xs), ms["b"])
}
