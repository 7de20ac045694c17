package main

import (
	"fmt"
	"math"
)

type Expr interface {
	Eval(env map[string]float64) float64
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Call struct {
	Fn  string
	Arg Expr
}

func (n Num) Eval(map[string]float64) float64   { return float64(n) }
func (n Num) String() string                    { return fmt.Sprint(float64(n)) }
func (v Var) Eval(env map[string]float64) float64 { return env[string(v)] }
func (v Var) String() string                    { return string(v) }
func (b Bin) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("unknown op " + string(b.Op))
}
func (b Bin) String() string { return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" }
func (c Call) Eval(env map[string]float64) float64 {
	switch c.Fn {
	case "sqrt":
		return math.Sqrt(c.Arg.Eval(env))
	case "neg":
		return -c.Arg.Eval(env)
	}
	return math.NaN()
}
func (c Call) String() string { return c.Fn + "(" + c.Arg.String() + ")" }

func main() {
	e := Bin{'+', Bin{'*', Num(2), Var("x")}, Call{"sqrt", Bin{'-', Var("y"), Num(1)}}}
	env := map[string]float64{"x": 3.5, "y": 17}
	fmt.Println(e, "=", e.Eval(env))
	exprs := []Expr{Num(1.5), Var("x"), Call{"neg", Var("x")}, Call{"cube", Num(2)}, Bin{'/', Num(1), Num(0)}}
	for _, x := range exprs {
		fmt.Printf("%-10v %v\n", x, x.Eval(env))
	}
}
