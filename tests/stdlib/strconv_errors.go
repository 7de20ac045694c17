package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"12", "-7", "abc", "", "99999999999999999999", "0x1F", "1_000", "+5", "-9223372036854775808", "9223372036854775808"}
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		fmt.Println(n, err)
		i, err := strconv.ParseInt(in, 0, 64)
		fmt.Println(i, err)
		u, err := strconv.ParseUint(in, 0, 32)
		fmt.Println(u, err)
	}
	_, err := strconv.ParseInt("10", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("10", 10, 65)
	fmt.Println(err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	fmt.Printf("%v|%s|%T\n", err, err, err)
	fmt.Println(errors.Unwrap(err) == strconv.ErrRange)
	for _, in := range []string{"3.25", "1e400", "-1e400", "1e-400", "nan", "-Inf", "0x1p-2", "1.5.2", "", ".5", "1_0.5", "3.4028236e38"} {
		f, err := strconv.ParseFloat(in, 64)
		fmt.Println(f, err)
		f, err = strconv.ParseFloat(in, 32)
		fmt.Println(f, err)
	}
	for _, in := range []string{"true", "F", "1", "yes", "TRUE", "tRUE"} {
		b, err := strconv.ParseBool(in)
		fmt.Println(b, err)
	}
	for _, in := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `'\u00e9'`, `"bad`, `'ab'`, `"\xff"`, `"\u4e16"`} {
		s, err := strconv.Unquote(in)
		fmt.Printf("%q %v\n", s, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	fmt.Println(v, mb, tail, err)
	p, err := strconv.QuotedPrefix(`"hello" world`)
	fmt.Println(p, err)
	_, err = strconv.QuotedPrefix(`hello`)
	fmt.Println(err)
}
