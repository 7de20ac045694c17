package main

import (
	"errors"
	"fmt"
)

type Tx struct {
	ops       []string
	committed bool
}

func (t *Tx) Exec(op string) {
	if op == "bad" {
		panic(errors.New("bad operation"))
	}
	t.ops = append(t.ops, op)
}

func (t *Tx) Rollback() { fmt.Println("rollback", t.ops); t.ops = nil }
func (t *Tx) Commit()   { t.committed = true; fmt.Println("commit", t.ops) }

func transaction(ops []string) (err error) {
	tx := &Tx{}
	defer func() {
		if r := recover(); r != nil {
			tx.Rollback()
			err = fmt.Errorf("transaction aborted: %v", r)
			return
		}
		tx.Commit()
	}()
	for _, op := range ops {
		tx.Exec(op)
	}
	return nil
}

func main() {
	fmt.Println(transaction([]string{"insert", "update"}))
	fmt.Println(transaction([]string{"insert", "bad", "delete"}))
}
