package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0), strconv.Itoa(1<<40))
	for _, s := range []string{"123", "-7", "+9", "12a", "", "99999999999999999999", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, s := range []string{"3.25", "1e10", "-0", "inf", "NaN", "1e400", "abc", "0x1p-2", "1_000.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<63, 36), strconv.FormatInt(35, 36))
	i, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(i, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	for _, s := range []string{"true", "F", "1", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.Quote("hi\n\"there\"\x00é"), strconv.QuoteToASCII("é世"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', 3, 32))
	fmt.Println(strconv.FormatFloat(2.5, 'f', -1, 64), strconv.FormatFloat(100, 'E', -1, 64), strconv.FormatBool(false))
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)), strconv.Quote(""))
	if _, err := strconv.Atoi("x1"); err != nil {
		if ne, ok := err.(*strconv.NumError); ok {
			fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
		}
	}
}
