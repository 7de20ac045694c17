package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func search(ctx context.Context, delay time.Duration) (string, error) {
	select {
	case <-time.After(delay):
		return "found", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	r, err := search(ctx, 10*time.Millisecond)
	fmt.Println(r, err)
	r, err = search(ctx, 2*time.Second)
	fmt.Println(r, err, errors.Is(err, context.DeadlineExceeded))
	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() {
		time.Sleep(5 * time.Millisecond)
		cancel2()
	}()
	<-ctx2.Done()
	fmt.Println(ctx2.Err())
	fmt.Println(time.Duration(1500) * time.Microsecond)
}
