package main

func producer(n int, out chan<- int) {
	for i := range n {
		out <- i
	}
	close(out)
}

func main() {
	ch := make(chan int, 3)
	done := make(chan struct{})
	go producer(5, ch)
	go func() {
		sum := 0
		for v := range ch {
			sum += v
		}
		println(sum)
		done <- struct{}{}
	}()
	var recv <-chan struct{} = done
	select {
	case <-recv:
	case v, ok := <-ch:
		_, _ = v, ok
	default:
	}
	x, ok := <-ch
	println(x, ok, len(ch), cap(ch))
}
