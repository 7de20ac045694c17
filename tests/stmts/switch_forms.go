package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func describe(n int) {
	switch n {
	case 0:
		fmt.Print("zero ")
		fallthrough
	case 1:
		fmt.Print("small ")
		fallthrough
	case 2, 3:
		fmt.Print("tiny ")
	case 4:
		fmt.Print("four ")
		break
	default:
		fmt.Print("big ")
	}
	fmt.Println()
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for i := 0; i < 6; i++ {
		describe(i)
	}
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	}
	switch c := 'b'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant")
	}
	calls := 0
	next := func() int { calls++; return calls }
	switch next() {
	case next(), next():
		fmt.Println("matched")
	case 1:
		fmt.Println("one")
	}
	fmt.Println(calls)
	switch {
	default:
		fmt.Println("default first")
	case false:
	}
}
