package main

import (
	"fmt"
	"sort"
)

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(req string) string { return "[" + f(req) + "]" }

type Handler interface{ Serve(string) string }

type Middleware func(Handler) Handler

func logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(req string) string {
			return prefix + next.Serve(req)
		})
	}
}

type Router map[string]Handler

func (r Router) Handle(path, req string) string {
	h, ok := r[path]
	if !ok {
		return "404 " + path
	}
	return h.Serve(req)
}

func main() {
	echo := HandlerFunc(func(s string) string { return "echo " + s })
	fmt.Println(echo.Serve("hi"))
	wrapped := logging("log: ")(logging("inner: ")(echo))
	fmt.Println(wrapped.Serve("x"))
	r := Router{"/echo": echo, "/wrapped": wrapped}
	paths := []string{"/wrapped", "/missing", "/echo"}
	for _, p := range paths {
		fmt.Println(r.Handle(p, "req"))
	}
	keys := make([]string, 0)
	for k := range r {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
