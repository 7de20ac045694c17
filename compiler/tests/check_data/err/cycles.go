package main

type T struct{ a T }
type A B
type B A
const c = d
const d = c
var v = w
var w = v
func f() {}
