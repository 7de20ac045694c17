// A float literal whose exponent is too large to compute is reported, not miscompiled.
package main

import "fmt"

func main() {
	fmt.Println(1e646456993)
}
