package main

import (
	"fmt"
	"sort"
	"strings"
)

type Category string

type Item struct {
	SKU      string
	Name     string
	Category Category
	Qty      int
	Cents    int64
}

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Inventory struct {
	items []Item
}

func (inv *Inventory) Add(it Item) { inv.items = append(inv.items, it) }

func (inv *Inventory) ByCategory() map[Category][]Item {
	out := map[Category][]Item{}
	for _, it := range inv.items {
		out[it.Category] = append(out[it.Category], it)
	}
	return out
}

func (inv *Inventory) LowStock(threshold int) []string {
	var names []string
	for _, it := range inv.items {
		if it.Qty < threshold {
			names = append(names, it.Name)
		}
	}
	sort.Strings(names)
	return names
}

func main() {
	inv := &Inventory{}
	inv.Add(Item{"A1", "hammer", "tools", 12, 1599})
	inv.Add(Item{"A2", "screwdriver", "tools", 3, 799})
	inv.Add(Item{"B1", "apple", "food", 150, 45})
	inv.Add(Item{"B2", "bread", "food", 4, 325})
	inv.Add(Item{"C1", "lamp", "home", 0, 2999})
	groups := inv.ByCategory()
	cats := make([]string, 0, len(groups))
	for c := range groups {
		cats = append(cats, string(c))
	}
	sort.Strings(cats)
	var grand Money
	for _, c := range cats {
		items := groups[Category(c)]
		sort.Slice(items, func(i, j int) bool { return items[i].Cents*int64(items[i].Qty) > items[j].Cents*int64(items[j].Qty) })
		var subtotal Money
		fmt.Println(strings.ToUpper(c))
		for _, it := range items {
			value := Money(it.Cents * int64(it.Qty))
			subtotal += value
			fmt.Printf("  %-4s %-12s %4d x %8v = %10v\n", it.SKU, it.Name, it.Qty, Money(it.Cents), value)
		}
		fmt.Printf("  %42v\n", subtotal)
		grand += subtotal
	}
	fmt.Println("grand total:", grand, "refund:", Money(-1505))
	fmt.Println("low stock:", inv.LowStock(5))
}
