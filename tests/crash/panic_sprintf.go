package main

import "fmt"

func main() {
	user, attempts := "root", 3
	panic(fmt.Sprintf("login failed for %q after %d attempts", user, attempts))
}
