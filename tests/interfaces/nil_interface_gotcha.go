package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	err = correct(false)
	fmt.Println(err == nil, err)
	err = mayFail(true)
	var target *MyErr
	fmt.Println(errors.As(err, &target), target.msg)
	var iface interface{} = (*int)(nil)
	fmt.Println(iface == nil, iface == (*int)(nil))
	var s fmt.Stringer
	fmt.Println(s == nil)
}
