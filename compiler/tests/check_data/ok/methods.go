package main

import "fmt"

type Speaker interface{ Speak() string }

type Loud struct{ Speaker }

type Dog struct{ name string }

func (d Dog) Speak() string   { return d.name + "!" }
func (d *Dog) Rename(n string) { d.name = n }

type Kennel struct {
	*Dog
	size int
}


func main() {
	l := Loud{Dog{"rex"}}
	fmt.Println(l.Speak())
	say := l.Speak
	k := Kennel{&Dog{"fido"}, 1}
	k.Rename("max")
	rn := k.Rename
	rn("bo")
	sp := Speaker.Speak
	fmt.Println(say(), sp(k), k.name)
	var d Dog
	d.Rename("z")
	dp := &d
	f := dp.Speak
	fmt.Println(f())
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		defer close(done)
		for v := range ch {
			fmt.Println(v)
		}
	}()
loop:
	for i := 0; ; i++ {
		select {
		case ch <- i:
			if i > 2 {
				break loop
			}
		}
	}
	close(ch)
	<-done
}
