package main

type Reason string

func main() {
	panic(Reason("named string type"))
}
