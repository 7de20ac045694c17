package main

import (
	"errors"
	"fmt"
)

var ErrConfig = errors.New("config missing")

func load() error {
	return fmt.Errorf("load settings: %w", ErrConfig)
}

func main() {
	if err := load(); err != nil {
		panic(err)
	}
}
