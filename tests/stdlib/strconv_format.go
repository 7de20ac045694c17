package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	floats := []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e-7, 123456789.125, math.Inf(1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64, -0.0}
	for _, f := range floats {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'G', 5, 32), strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'x', -1, 64))
	}
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Println(strconv.FormatInt(-255, base), strconv.FormatUint(math.MaxUint64, base))
	}
	fmt.Println(strconv.Itoa(math.MinInt64), strconv.Itoa(0), strconv.FormatBool(true))
	b := []byte("x=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 42, 16)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 2.5, 'f', 3, 64)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q\n")
	b = strconv.AppendQuoteRune(b, '☺')
	b = strconv.AppendQuoteToASCII(b, "é")
	b = strconv.AppendQuoteRuneToASCII(b, 'é')
	fmt.Println(string(b))
	fmt.Println(strconv.Quote("hello\x00\u00e9\u200b☺\xff"), strconv.QuoteToASCII("日本"), strconv.QuoteToGraphic("\u00a0x\t"))
	fmt.Println(strconv.QuoteRune('\n'), strconv.QuoteRuneToGraphic('\u2028'), strconv.QuoteRune(0x110000))
	fmt.Println(strconv.CanBackquote("a`b"), strconv.CanBackquote("tab\there"), strconv.IsPrint('\u00ad'), strconv.IsGraphic('\u3000'))
	fmt.Println(strconv.FormatComplex(complex(1.5, -2), 'f', 1, 128), strconv.FormatComplex(complex(0, 3), 'g', -1, 64))
	fmt.Println(strconv.IntSize)
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatInt(1, 40)
}
