package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Instr struct {
	Op  string
	Arg int
}

type VM struct {
	stack []int
	out   []string
	steps int
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }
func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic("stack underflow")
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(prog []Instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm error after %d steps: %v", vm.steps, r)
		}
	}()
	for pc := 0; pc < len(prog); pc++ {
		vm.steps++
		if vm.steps > 10000 {
			panic("step limit")
		}
		in := prog[pc]
		switch in.Op {
		case "push":
			vm.push(in.Arg)
		case "add":
			vm.push(vm.pop() + vm.pop())
		case "mul":
			vm.push(vm.pop() * vm.pop())
		case "sub":
			b, a := vm.pop(), vm.pop()
			vm.push(a - b)
		case "dup":
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case "swap":
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case "jnz":
			if vm.pop() != 0 {
				pc = in.Arg - 1
			}
		case "print":
			vm.out = append(vm.out, strconv.Itoa(vm.pop()))
		default:
			panic(fmt.Sprintf("unknown op %q", in.Op))
		}
	}
	return nil
}

func parse(src string) []Instr {
	var prog []Instr
	for _, line := range strings.Split(strings.TrimSpace(src), "\n") {
		f := strings.Fields(line)
		in := Instr{Op: f[0]}
		if len(f) > 1 {
			in.Arg, _ = strconv.Atoi(f[1])
		}
		prog = append(prog, in)
	}
	return prog
}

func main() {
	factorial := `
push 1
push 10
dup
jnz 5
push 0
swap
dup
push -1
add
dup
jnz 13
push 0
jnz 0
swap
print
`
	_ = factorial
	countdown := parse(`
push 5
dup
print
push 1
sub
dup
jnz 1
print
`)
	vm := &VM{}
	fmt.Println(vm.Run(countdown), vm.out, vm.steps)
	bad := parse("push 1\nadd")
	vm2 := &VM{}
	fmt.Println(vm2.Run(bad))
	loop := parse("push 1\njnz 0")
	vm3 := &VM{}
	fmt.Println(vm3.Run(loop))
	vm4 := &VM{}
	fmt.Println(vm4.Run(parse("push 2\npush 3\nmul\npush 4\nadd\nprint\nhalt")), vm4.out)
}
