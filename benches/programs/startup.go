// Startup: print one line with fmt and exit. For Weft this is compiling the program and
// the standard packages it imports, then running it; for Go, starting a native binary.
// The size argument is ignored.
package main

import "fmt"

func main() {
	fmt.Println("Hello, Weft!")
}
