package main

import "fmt"

func sum(label string, nums ...int) string {
	total := 0
	for _, n := range nums {
		total += n
	}
	return fmt.Sprintf("%s: %d (%d values, nil=%t)", label, total, len(nums), nums == nil)
}

func modify(nums ...int) {
	if len(nums) > 0 {
		nums[0] = -1
	}
}

func describe(args ...interface{}) {
	for i, a := range args {
		fmt.Printf("%d:%v(%T) ", i, a, a)
	}
	fmt.Println()
}

func main() {
	fmt.Println(sum("none"))
	fmt.Println(sum("three", 1, 2, 3))
	xs := []int{10, 20, 30}
	fmt.Println(sum("spread", xs...))
	modify(xs...)
	fmt.Println(xs)
	modify(5, 6)
	describe(1, "two", 3.0, nil, []int{4})
	values := []interface{}{true, 'x'}
	describe(values...)
	fmt.Println(sum("empty", []int{}...))
}
