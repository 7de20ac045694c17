package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "alice@example.com, bob@test.com; carol@site.org"
	fmt.Println(re.MatchString(s), re.FindString(s), re.FindStringIndex(s))
	fmt.Println(re.FindStringSubmatch(s), re.FindStringSubmatchIndex(s))
	fmt.Println(re.FindAllString(s, -1), re.FindAllString(s, 1), re.FindAllStringIndex(s, -1))
	fmt.Printf("%q\n", re.FindAllStringSubmatch(s, -1))
	fmt.Println(re.ReplaceAllString(s, "$2:$1"), re.ReplaceAllString(s, "${1}x $1x $$ $9 $"))
	fmt.Println(re.ReplaceAllLiteralString(s, "$1"), re.ReplaceAllStringFunc(s, strings.ToUpper))
	fmt.Println(re.NumSubexp(), re.SubexpNames(), re.String())
	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})`)
	fmt.Println(named.SubexpNames(), named.SubexpIndex("month"), named.ReplaceAllString("2024-05 and 1999-12", "${month}/${year}"))
	for _, p := range []string{`a*`, `x*`, `b*`, ``, `a|b`, `\b`} {
		r := regexp.MustCompile(p)
		fmt.Printf("%q %q %v\n", p, r.FindAllString("baaacab", -1), r.FindAllStringIndex("baaacab", -1))
		fmt.Printf("%q %q\n", r.Split("baaacab", -1), r.ReplaceAllString("baaacab", "<$0>"))
	}
	fmt.Printf("%q\n", regexp.MustCompile(`,\s*`).Split("a, b,c,   d", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`,`).Split("a,b,c,d", 2))
	fmt.Printf("%q\n", regexp.MustCompile(`x`).Split("", -1))
	fmt.Println(regexp.MatchString(`^\d+$`, "12345"))
	fmt.Println(regexp.MatchString(`^\d+$`, "١٢٣"))
	fmt.Println(regexp.MustCompile(`\w+`).FindAllString("héllo wörld", -1))
	fmt.Println(regexp.MustCompile(`(?i)hello`).FindAllString("Hello HELLO hElLo", -1))
	fmt.Println(regexp.MustCompile(`[[:alpha:]]+`).FindAllString("abc123def", -1))
	fmt.Println(regexp.MustCompile(`a{2,3}`).FindAllString("a aa aaa aaaa", -1))
	fmt.Println(regexp.MustCompile(`a{`).FindAllString("a{ a{", -1))
	fmt.Println(regexp.MustCompile(`[a[]+`).FindAllString("a[[b", -1))
	fmt.Println(regexp.QuoteMeta("1.5+2*[x]"), regexp.MustCompile(regexp.QuoteMeta("a.b")).MatchString("axb"))
	fmt.Println(regexp.MustCompile(`(a)|(b)`).FindAllStringSubmatchIndex("ab", -1))
	fmt.Println(regexp.MustCompile(`(?s)a.b`).MatchString("a\nb"), regexp.MustCompile(`a.b`).MatchString("a\nb"))
	fmt.Println(regexp.MustCompile(`(?m)^\w+$`).FindAllString("one\ntwo\nthree", -1))
	fmt.Println(string(regexp.MustCompile(`o`).ReplaceAll([]byte("foo"), []byte("0"))))
	fmt.Printf("%q\n", regexp.MustCompile(`(\w)(\w)`).FindSubmatch([]byte("xy")))
	tmpl := regexp.MustCompile(`(?P<k>\w+)=(?P<v>\w+)`)
	var dst []byte
	for _, m := range tmpl.FindAllStringSubmatchIndex("a=1 b=2", -1) {
		dst = tmpl.ExpandString(dst, "$v<-$k;", "a=1 b=2", m)
	}
	fmt.Println(string(dst))
	for _, bad := range []string{`(abc`, `abc)`, `[abc`, `a**`, `*a`, `\q`, `a{1001}`, `[z-a]`, `x\`, `(?P<>a)`, `(?z)`} {
		_, err := regexp.Compile(bad)
		fmt.Println(err)
	}
	defer func() { fmt.Println(recover()) }()
	regexp.MustCompile(`(`)
}
