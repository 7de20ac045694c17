package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i*i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('✓')
	fmt.Println(sb.String(), sb.Len())
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	fmt.Println(buf.String(), buf.Len())
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Contains([]byte("seafood"), []byte("foo")))
	fmt.Println(string(bytes.ToUpper([]byte("shout"))))
}
