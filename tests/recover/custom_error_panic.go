package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Code  int
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", e.Field, e.Code)
}

type fatal struct{ reason string }

func validate(age int) {
	if age < 0 {
		panic(ValidationError{"age", 17})
	}
	if age > 200 {
		panic(&fatal{"absurd"})
	}
}

func check(age int) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case ValidationError:
			err = r
		case *fatal:
			err = errors.New("fatal: " + r.reason)
		default:
			panic(r)
		}
	}()
	validate(age)
	return nil
}

func main() {
	for _, age := range []int{30, -1, 500} {
		err := check(age)
		fmt.Println(age, err)
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  field:", ve.Field)
		}
	}
}
