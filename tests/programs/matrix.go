package main

import "fmt"

type Matrix [][]float64

func New(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]float64, cols)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var sum float64
			for k := range b {
				sum += a[i][k] * b[k][j]
			}
			out[i][j] = sum
		}
	}
	return out
}

func (a Matrix) Transpose() Matrix {
	out := New(len(a[0]), len(a))
	for i := range a {
		for j := range a[i] {
			out[j][i] = a[i][j]
		}
	}
	return out
}

func (a Matrix) String() string {
	s := ""
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				s += " "
			}
			s += fmt.Sprintf("%7.2f", v)
		}
		s += "\n"
	}
	return s
}

func determinant(m Matrix) float64 {
	n := len(m)
	a := New(n, n)
	for i := range m {
		copy(a[i], m[i])
	}
	det := 1.0
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if abs(a[r][col]) > abs(a[pivot][col]) {
				pivot = r
			}
		}
		if a[pivot][col] == 0 {
			return 0
		}
		if pivot != col {
			a[pivot], a[col] = a[col], a[pivot]
			det = -det
		}
		det *= a[col][col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
		}
	}
	return det
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Print(a.Mul(b))
	fmt.Print(a.Transpose())
	fmt.Print(Identity(3).Mul(b))
	c := Matrix{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}
	fmt.Println(determinant(c), determinant(Matrix{{1, 2}, {2, 4}}))
	p := Identity(4)
	step := Matrix{{1, 1, 0, 0}, {0, 1, 1, 0}, {0, 0, 1, 1}, {0, 0, 0, 1}}
	for i := 0; i < 5; i++ {
		p = p.Mul(step)
	}
	fmt.Print(p)
	var ints [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			ints[i][j] = (i + 1) * (j + 2)
		}
	}
	fmt.Println(ints)
}
