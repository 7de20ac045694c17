package main

import "fmt"

type Item struct {
	Name  string
	Price int
}

func main() {
	items := [3]Item{{"pen", 3}, {"book", 12}, {"lamp", 25}}
	for i := range items {
		items[i].Price += 1
	}
	for _, it := range items {
		it.Price = 0
	}
	fmt.Println(items)
	fmt.Printf("%+v\n", items[1])
	ptr := &items
	ptr[2].Name = "LAMP"
	fmt.Println(items[2], len(ptr))
	sl := items[:2]
	sl[0].Name = "PEN"
	fmt.Println(items[0].Name)
}
