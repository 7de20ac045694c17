package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account interface {
	ID() string
	Balance() int
	Deposit(amount int) error
	Withdraw(amount int) error
}

type base struct {
	id      string
	balance int
	history []string
}

func (b *base) ID() string     { return b.id }
func (b *base) Balance() int   { return b.balance }
func (b *base) log(msg string) { b.history = append(b.history, msg) }
func (b *base) Deposit(amount int) error {
	if amount <= 0 {
		return fmt.Errorf("deposit %d: amount must be positive", amount)
	}
	b.balance += amount
	b.log(fmt.Sprintf("+%d", amount))
	return nil
}

type Checking struct {
	base
	overdraft int
}

func (c *Checking) Withdraw(amount int) error {
	if c.balance+c.overdraft < amount {
		return fmt.Errorf("checking %s: withdraw %d: %w", c.id, amount, ErrInsufficient)
	}
	c.balance -= amount
	c.log(fmt.Sprintf("-%d", amount))
	return nil
}

type Savings struct {
	base
	rate float64
}

func (s *Savings) Withdraw(amount int) error {
	if s.balance < amount {
		return fmt.Errorf("savings %s: withdraw %d: %w", s.id, amount, ErrInsufficient)
	}
	s.balance -= amount
	s.log(fmt.Sprintf("-%d", amount))
	return nil
}

func (s *Savings) AddInterest() {
	interest := int(float64(s.balance) * s.rate)
	s.balance += interest
	s.log(fmt.Sprintf("interest %d", interest))
}

type Bank struct {
	accounts map[string]Account
}

func (b *Bank) Open(a Account) { b.accounts[a.ID()] = a }

func (b *Bank) Transfer(from, to string, amount int) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return dst.Deposit(amount)
}

func (b *Bank) Report() {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	total := 0
	for _, id := range ids {
		a := b.accounts[id]
		kind := "?"
		switch a.(type) {
		case *Checking:
			kind = "checking"
		case *Savings:
			kind = "savings"
		}
		fmt.Printf("  %-6s %-9s %6d\n", id, kind, a.Balance())
		total += a.Balance()
	}
	fmt.Printf("  total %16d\n", total)
}

func main() {
	bank := &Bank{accounts: map[string]Account{}}
	alice := &Checking{base{id: "alice"}, 100}
	bob := &Savings{base{id: "bob"}, 0.05}
	bank.Open(alice)
	bank.Open(bob)
	steps := []struct {
		from, to string
		amount   int
	}{
		{"alice", "bob", 50},
		{"bob", "alice", 500},
		{"alice", "bob", 40},
		{"alice", "carol", 1},
		{"alice", "bob", 20},
	}
	fmt.Println(alice.Deposit(200), bob.Deposit(1000), alice.Deposit(-5))
	for _, s := range steps {
		if err := bank.Transfer(s.from, s.to, s.amount); err != nil {
			fmt.Println("error:", err, "| insufficient:", errors.Is(err, ErrInsufficient))
		} else {
			fmt.Printf("moved %d from %s to %s\n", s.amount, s.from, s.to)
		}
	}
	bob.AddInterest()
	bank.Report()
	fmt.Println(alice.history, bob.history)
}
