package main

import "fmt"

func findPair(nums []int, target int) (int, int) {
	i := 0
outer:
	if i >= len(nums) {
		goto notFound
	}
	for j := i + 1; j < len(nums); j++ {
		if nums[i]+nums[j] == target {
			return i, j
		}
	}
	i++
	goto outer
notFound:
	return -1, -1
}

func retry(attempts int) (tries int) {
again:
	tries++
	if tries < attempts {
		goto again
	}
	return
}

func main() {
	fmt.Println(findPair([]int{3, 8, 1, 9, 4}, 13))
	fmt.Println(findPair([]int{1, 2}, 10))
	fmt.Println(retry(4))
	{
		x := 1
		{
			x := x + 1
			fmt.Println("inner", x)
		}
		fmt.Println("outer", x)
	}
}
