// context: deadlines and timeouts with a cause, and AfterFunc.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeoutCause(context.Background(), 5*time.Millisecond, errors.New("too slow"))
	defer cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), "/", context.Cause(ctx))

	past, cancelPast := context.WithDeadlineCause(context.Background(), time.Now().Add(-time.Second), errors.New("already late"))
	defer cancelPast()
	fmt.Println(past.Err(), "/", context.Cause(past))

	// Canceling before the deadline: the cause is context.Canceled.
	early, cancelEarly := context.WithTimeoutCause(context.Background(), time.Hour, errors.New("unused"))
	cancelEarly()
	fmt.Println(early.Err(), "/", context.Cause(early))

	parent, cancelParent := context.WithCancel(context.Background())
	ran := make(chan string, 1)
	stop := context.AfterFunc(parent, func() { ran <- "after func ran" })
	cancelParent()
	fmt.Println(<-ran)
	fmt.Println("stop after run:", stop())

	other, cancelOther := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(other, func() { fmt.Println("must not run") })
	fmt.Println("stop before cancel:", stop2(), stop2())
	cancelOther()
	time.Sleep(5 * time.Millisecond)

	never := context.AfterFunc(context.Background(), func() {})
	fmt.Println("background:", never())

	done, cancelDone := context.WithCancel(context.Background())
	cancelDone()
	immediate := make(chan bool)
	context.AfterFunc(done, func() { immediate <- true })
	fmt.Println("already done:", <-immediate)
}
