package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Reading struct {
	Sensor string
	Value  Temp
	hidden Temp
	Err    error
}

type Station struct {
	Name     string
	Readings []Reading
	Latest   *Reading
	Index    map[string]Temp
}

func main() {
	r1 := Reading{"north", 21.5, 3, nil}
	r2 := Reading{"south", -4.25, 7, errors.New("sensor drift")}
	st := Station{"alpha", []Reading{r1, r2}, nil, map[string]Temp{"b": 2, "a": 1}}
	fmt.Println(r1)
	fmt.Printf("%v\n%+v\n", r2, r2)
	fmt.Println(st.Readings)
	fmt.Printf("%+v\n", st)
	fmt.Println(st.Index, []Temp{1, 2})
	fmt.Printf("%s|%d|%v\n", r1.Value, []Temp{1}, [1]Temp{5})
	fmt.Printf("%v %s\n", []error{errors.New("a"), nil}, errors.New("b"))
	fmt.Printf("%#v\n", r1.Value)
	fmt.Printf("%x %X\n", Temp(255), "Temp")
}
