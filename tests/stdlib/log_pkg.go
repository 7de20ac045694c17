package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
	"time"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "app: ", 0)
	l.Print("plain", 1, 2, "x", "y")
	l.Printf("formatted %d %q", 7, "s")
	l.Println("line", 3, 4)
	l.Print("ends with newline\n")
	l.Print()
	l.SetFlags(log.Lmsgprefix)
	l.Println("prefix moves")
	l.SetPrefix("[p] ")
	fmt.Println(l.Prefix(), l.Flags(), l.Writer() == &buf)
	l.Println("new prefix")
	fmt.Print(buf.String())

	buf.Reset()
	stamped := log.New(&buf, "", log.LstdFlags|log.LUTC)
	before := time.Now().Unix()
	stamped.Println("stamped")
	line := buf.String()
	// "YYYY/MM/DD HH:MM:SS stamped\n"
	fmt.Println(len(line), line[4] == '/', line[7] == '/', line[10] == ' ', line[13] == ':', line[16] == ':', strings.HasSuffix(line, " stamped\n"))
	_ = before

	buf.Reset()
	micro := log.New(&buf, "", log.Ltime|log.Lmicroseconds)
	micro.Print("m")
	fmt.Println(len(buf.String()), buf.String()[8] == '.')

	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "", log.Writer() == os.Stderr)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Println("to stdout")
	log.Printf("%v-%v", 1, 2)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("bad %d", 3)
	}()
	func() {
		defer func() { fmt.Printf("recovered: %q\n", recover()) }()
		log.Panicln("bad", 4)
	}()
	log.SetOutput(os.Stderr)
	log.Fatalln("fatal", "end")
	fmt.Println("not reached")
}
