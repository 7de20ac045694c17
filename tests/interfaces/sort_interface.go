package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

type multiSorter struct {
	rows []Employee
	less []func(a, b *Employee) int
}

func (m *multiSorter) Len() int      { return len(m.rows) }
func (m *multiSorter) Swap(i, j int) { m.rows[i], m.rows[j] = m.rows[j], m.rows[i] }
func (m *multiSorter) Less(i, j int) bool {
	for _, cmp := range m.less {
		if c := cmp(&m.rows[i], &m.rows[j]); c != 0 {
			return c < 0
		}
	}
	return false
}

func byDept(a, b *Employee) int { return strings.Compare(a.Dept, b.Dept) }
func bySalaryDesc(a, b *Employee) int {
	switch {
	case a.Salary > b.Salary:
		return -1
	case a.Salary < b.Salary:
		return 1
	}
	return 0
}
func byName(a, b *Employee) int { return strings.Compare(a.Name, b.Name) }

func main() {
	staff := []Employee{
		{"zoe", "eng", 120}, {"adam", "ops", 90}, {"mia", "eng", 150},
		{"li", "ops", 90}, {"bo", "eng", 120}, {"eve", "hr", 70},
	}
	sort.Sort(&multiSorter{staff, []func(a, b *Employee) int{byDept, bySalaryDesc, byName}})
	for _, e := range staff {
		fmt.Printf("%-4s %-5s %d\n", e.Dept, e.Name, e.Salary)
	}
	fmt.Println(sort.IsSorted(&multiSorter{staff, []func(a, b *Employee) int{byDept}}))
}
