package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, f := range []float64{0, 1, -1.5, 0.1, 1e21, 1e20, 123456789, 1.0 / 3, 2.5e-8} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 2, 64), strconv.FormatFloat(f, 'f', 3, 32))
	}
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Print(strconv.FormatInt(-1234567, base), " ")
	}
	fmt.Println()
	for _, s := range []string{"0b1011", "0o17", "0x_ff", "1_000", "-0x10", "08"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
	i, err := strconv.ParseInt("-129", 10, 8)
	fmt.Println(i, err)
	fmt.Println(strconv.QuoteRuneToASCII('世'), strconv.Quote("\u00a0\t"), strconv.QuoteToGraphic("\u00a0"))
	for _, s := range []string{`'a'`, "`raw\\n`", `"\u00e9"`, `"bad`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", v, err)
	}
	b := []byte("x=")
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendBool(b, true)
	b = strconv.AppendFloat(b, 1.5, 'g', -1, 64)
	fmt.Println(string(b))
}
