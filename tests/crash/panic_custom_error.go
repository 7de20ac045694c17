package main

import "fmt"

type QuotaError struct {
	User  string
	Limit int
}

func (e *QuotaError) Error() string {
	return fmt.Sprintf("user %s exceeded quota of %d", e.User, e.Limit)
}

func main() {
	var err error = &QuotaError{"ann", 10}
	panic(err)
}
