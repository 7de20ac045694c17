package main

import (
	"fmt"
	"time"
)

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
)

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn
	Error = Level(10)
)

func main() {
	fmt.Println(Minute, Second/Millisecond, Minute/Second)
	fmt.Printf("%T %T\n", Minute, Millisecond)
	fmt.Println(Debug, Info, Warn, Error)
	const mask = Level(0xF0)
	fmt.Println(mask&^Error, mask|Debug)
	fmt.Println(time.Duration(1500)*time.Millisecond, time.Minute+30*time.Second, time.Duration(0))
	fmt.Println(time.Hour.Minutes(), (90 * time.Second).String(), time.Duration(1))
	const c = 'A' + 2
	fmt.Println(c, string(rune(c)))
	fmt.Println(uint8(255)+0, int8(-128)-0)
}
