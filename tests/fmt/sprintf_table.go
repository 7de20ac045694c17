package main

import (
	"fmt"
	"strings"
)

type Product struct {
	Name  string
	Price float64
	Stock int
}

func main() {
	products := []Product{
		{"Widget", 2.5, 120},
		{"Gadget", 19.99, 7},
		{"Thingamajig", 1234.5, 0},
	}
	header := fmt.Sprintf("%-12s %10s %6s", "NAME", "PRICE", "STOCK")
	fmt.Println(header)
	fmt.Println(strings.Repeat("-", len(header)))
	total := 0.0
	for _, p := range products {
		status := ""
		if p.Stock == 0 {
			status = " (sold out)"
		}
		fmt.Printf("%-12s %10.2f %6d%s\n", p.Name, p.Price, p.Stock, status)
		total += p.Price * float64(p.Stock)
	}
	fmt.Printf("%-12s %10.2f\n", "VALUE", total)
	fmt.Printf("%v\n", products[1])
	fmt.Printf("%+v\n", products[1])
	fmt.Printf("%#v\n", products[1])
	fmt.Println(fmt.Sprintf("%08.3f|%x|%o", -3.5, 3054, 8))
}
