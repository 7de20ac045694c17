package main

import (
	"fmt"
	"strings"
)

type Notifier interface {
	Notify(msg string) string
}

type Email struct{ addr string }

func (e Email) Notify(msg string) string { return "email to " + e.addr + ": " + msg }

type SMS struct{ number string }

func (s *SMS) Notify(msg string) string { return "sms to " + s.number + ": " + strings.ToUpper(msg) }

type User struct {
	Name string
	Notifier
}

type Admin struct {
	User
	Level int
}

func main() {
	users := []User{{"ann", Email{"ann@example.com"}}, {"bob", &SMS{"555-0100"}}}
	for _, u := range users {
		fmt.Println(u.Notify("hello " + u.Name))
	}
	a := Admin{User{"root", Email{"root@host"}}, 9}
	fmt.Println(a.Notify("alert"), a.Name, a.Level)
	var n Notifier = a
	fmt.Println(n.Notify("via interface"))
	empty := User{Name: "nobody"}
	fmt.Println(empty.Notifier == nil)
}
