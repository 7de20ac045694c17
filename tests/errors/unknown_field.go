package main

import "fmt"

type User struct {
	Name string
}

func main() {
	u := User{Name: "x", Age: 3}
	fmt.Println(u.Email)
	u.Greet()
}
