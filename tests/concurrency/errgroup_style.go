package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
}

func withContext(ctx context.Context) (*group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &group{cancel: cancel}, ctx
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

func main() {
	g, ctx := withContext(context.Background())
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		g.Go(func() error {
			if i == 3 {
				return errors.New("task 3 failed")
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			default:
			}
			results[i] = i * i
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("first error:", err)
	fmt.Println(ctx.Err())
	g2, _ := withContext(context.Background())
	for i := 0; i < 3; i++ {
		g2.Go(func() error { return nil })
	}
	fmt.Println(g2.Wait())
}
