// Float literals whose exponents are far below float64's range stay nonzero constants
// but become 0 when converted, as in gc.
package main

import "fmt"

var tiny = 1e-779137

const tinier = -2.5e-200000

func main() {
	fmt.Println(tiny == 0, tiny)
	fmt.Println(tinier == 0, tinier < 0, float64(tinier) == 0)
	var f32 float32 = 1e-123456
	fmt.Println(f32, 1e-400 == 0, 0x1p-200000 > 0)
	fmt.Println(1e5000/1e4999, 3e100000/1e100000)
}
