package main

import "fmt"

func sieve(limit int) []int {
	composite := make([]bool, limit+1)
	var primes []int
	for i := 2; i <= limit; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= limit; j += i {
			composite[j] = true
		}
	}
	return primes
}

func factorize(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	ps := sieve(100000)
	fmt.Println(len(ps), ps[:15], ps[len(ps)-1])
	for _, n := range []int{360, 97, 1001, 1 << 20, 999999} {
		fmt.Println(n, factorize(n))
	}
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	twin := 0
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twin++
		}
	}
	fmt.Println("twin pairs:", twin)
}
