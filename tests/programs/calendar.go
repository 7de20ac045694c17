package main

import (
	"fmt"
	"strings"
)

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// weekday returns 0 for Sunday, using Zeller-style arithmetic.
func weekday(y, m, d int) int {
	t := []int{0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4}
	if m < 3 {
		y--
	}
	return (y + y/4 - y/100 + y/400 + t[m-1] + d) % 7
}

func printMonth(y, m int) {
	title := fmt.Sprintf("%s %d", monthNames[m-1], y)
	pad := (20 - len(title)) / 2
	fmt.Println(strings.Repeat(" ", pad) + title)
	fmt.Println("Su Mo Tu We Th Fr Sa")
	start := weekday(y, m, 1)
	line := strings.Repeat("   ", start)
	for d := 1; d <= daysIn(y, m); d++ {
		line += fmt.Sprintf("%2d", d)
		if (start+d)%7 == 0 {
			fmt.Println(line)
			line = ""
		} else {
			line += " "
		}
	}
	if line != "" {
		fmt.Println(strings.TrimRight(line, " "))
	}
}

func main() {
	printMonth(2024, 2)
	printMonth(2023, 10)
	names := []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	for _, date := range [][3]int{{2000, 1, 1}, {1969, 7, 20}, {2038, 1, 19}, {1900, 3, 1}} {
		fmt.Println(date, names[weekday(date[0], date[1], date[2])])
	}
	leaps := 0
	for y := 1900; y <= 2100; y++ {
		if isLeap(y) {
			leaps++
		}
	}
	fmt.Println("leap years 1900-2100:", leaps)
}
