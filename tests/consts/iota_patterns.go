package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	_
	FlagExec
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	skipFirst = iota + 100
	_
	third
	fourth = "text"
	fifth
	sixth = iota
)

func main() {
	fmt.Println(Sunday, Wednesday, Saturday)
	fmt.Printf("%d %v\n", Friday, Friday)
	fmt.Println(FlagRead, FlagWrite, FlagExec, FlagRead|FlagExec)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(skipFirst, third, fourth, fifth, sixth)
}
