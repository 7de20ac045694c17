// Package fmt implements formatted I/O as Go's fmt package: the printer walks
// values through internal/reflectlite and leaves the formatting of numbers and
// strings to natives that follow gc's rules byte for byte.
package fmt

import (
	"errors"
	"internal/reflectlite"
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method (used by %#v).
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

// Flag bits, shared with the natives (runtime/src/natives/fmt.rs).
const (
	flagPlus   = 1
	flagMinus  = 2
	flagSharp  = 4
	flagSpace  = 8
	flagZero   = 16
	flagPlusV  = 32
	flagSharpV = 64
)

// Natives: leaf formatting with gc's exact rules. Each returns the text and whether the verb applies.
func fmtInteger(bits uint64, signed bool, verb rune, flags int, wid int, prec int) (string, bool)
func fmtFloat(v float64, size int, verb rune, flags int, wid int, prec int) (string, bool)
func fmtComplex(re float64, im float64, size int, verb rune, flags int, wid int, prec int) (string, bool)
func fmtString(s string, verb rune, flags int, wid int, prec int) (string, bool)
func fmtBool(b bool, verb rune, flags int, wid int, prec int) (string, bool)
func fmtBytes(b string, isNil bool, typeName string, verb rune, flags int, wid int, prec int) (string, bool)
func fmtPointer(addr uint64, typeName string, verb rune, flags int, wid int, prec int) (string, bool)
func padString(s string, flags int, wid int) string

type pp struct {
	buf      string
	flags    int
	wid      int
	prec     int
	erroring bool
	wrapErrs bool
	wrapped  []error
}

func newPrinter() *pp {
	return &pp{wid: -1, prec: -1}
}

// Write implements State.
func (p *pp) Write(b []byte) (n int, err error) {
	p.buf += string(b)
	return len(b), nil
}

// WriteString appends s.
func (p *pp) WriteString(s string) (n int, err error) {
	p.buf += s
	return len(s), nil
}

// Width implements State.
func (p *pp) Width() (wid int, ok bool) { return p.wid, p.wid >= 0 }

// Precision implements State.
func (p *pp) Precision() (prec int, ok bool) { return p.prec, p.prec >= 0 }

// Flag implements State.
func (p *pp) Flag(b int) bool {
	switch b {
	case '-':
		return p.flags&flagMinus != 0
	case '+':
		return p.flags&(flagPlus|flagPlusV) != 0
	case '#':
		return p.flags&(flagSharp|flagSharpV) != 0
	case ' ':
		return p.flags&flagSpace != 0
	case '0':
		return p.flags&flagZero != 0
	}
	return false
}

func (p *pp) badVerb(verb rune, arg any) {
	p.erroring = true
	p.buf += "%!" + string(verb) + "("
	if arg == nil {
		p.buf += "<nil>"
	} else {
		p.buf += reflectlite.TypeString(arg) + "="
		saved := p.flags
		p.flags = 0
		p.printValue(arg, 'v', 0)
		p.flags = saved
	}
	p.buf += ")"
	p.erroring = false
}

func (p *pp) printArg(arg any, verb rune) {
	if arg == nil {
		switch verb {
		case 'T', 'v':
			p.buf += padString("<nil>", p.flags, p.wid)
		default:
			p.badVerb(verb, nil)
		}
		return
	}
	switch verb {
	case 'T':
		s, _ := fmtString(reflectlite.TypeString(arg), 's', p.flags, p.wid, p.prec)
		p.buf += s
		return
	case 'p':
		p.fmtPointer(arg, 'p')
		return
	}
	p.printValue(arg, verb, 0)
}

func (p *pp) fmtPointer(v any, verb rune) {
	k := reflectlite.Kind(v)
	switch k {
	case reflectlite.Pointer, reflectlite.Map, reflectlite.Slice, reflectlite.Func, reflectlite.Chan, reflectlite.UnsafePointer:
		s, ok := fmtPointer(uint64(reflectlite.Address(v)), reflectlite.TypeString(v), verb, p.flags, p.wid, p.prec)
		if ok {
			p.buf += s
			return
		}
	}
	p.badVerb(verb, v)
}

func (p *pp) catchPanic(arg any, verb rune, method string) {
	if err := recover(); err != nil {
		if reflectlite.Kind(arg) == reflectlite.Pointer && reflectlite.IsNil(arg) {
			p.buf += "<nil>"
			return
		}
		if p.erroring {
			panic(err)
		}
		oldFlags := p.flags
		p.flags = 0
		p.buf += "%!" + string(verb) + "(PANIC=" + method + " method: "
		p.printArg(err, 'v')
		p.buf += ")"
		p.flags = oldFlags
	}
}

func (p *pp) handleMethods(v any, verb rune) bool {
	if p.erroring {
		return false
	}
	if f, ok := v.(Formatter); ok {
		defer p.catchPanic(v, verb, "Format")
		f.Format(p, verb)
		return true
	}
	if p.flags&flagSharpV != 0 {
		if gs, ok := v.(GoStringer); ok {
			defer p.catchPanic(v, verb, "GoString")
			s, _ := fmtString(gs.GoString(), 's', 0, p.wid, p.prec)
			p.buf += s
			return true
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch x := v.(type) {
		case error:
			defer p.catchPanic(v, verb, "Error")
			p.fmtStr(x.Error(), verb)
			return true
		case Stringer:
			defer p.catchPanic(v, verb, "String")
			p.fmtStr(x.String(), verb)
			return true
		}
	}
	return false
}

func (p *pp) fmtStr(s string, verb rune) {
	out, ok := fmtString(s, verb, p.flags, p.wid, p.prec)
	if ok {
		p.buf += out
		return
	}
	p.badVerb(verb, s)
}

func (p *pp) printValue(v any, verb rune, depth int) {
	p.printValueM(v, verb, depth, true)
}

// printValueM prints v; methods (String, Error, Format) are honored only when canMethods,
// which is false below unexported struct fields, as reflect's CanInterface.
func (p *pp) printValueM(v any, verb rune, depth int, canMethods bool) {
	if v == nil {
		if depth == 0 {
			p.buf += "<invalid reflect.Value>"
			return
		}
		switch verb {
		case 'v':
			p.buf += padString("<nil>", p.flags, p.wid)
		default:
			p.badVerb(verb, nil)
		}
		return
	}
	if canMethods && p.handleMethods(v, verb) {
		return
	}
	k := reflectlite.Kind(v)
	switch {
	case k == reflectlite.Bool:
		s, ok := fmtBool(reflectlite.BoolOf(v), verb, p.flags, p.wid, p.prec)
		p.emit(s, ok, verb, v)
	case k >= reflectlite.Int && k <= reflectlite.Int64:
		s, ok := fmtInteger(uint64(reflectlite.IntOf(v)), true, verb, p.flags, p.wid, p.prec)
		p.emit(s, ok, verb, v)
	case k >= reflectlite.Uint && k <= reflectlite.Uintptr:
		s, ok := fmtInteger(reflectlite.UintOf(v), false, verb, p.flags, p.wid, p.prec)
		p.emit(s, ok, verb, v)
	case k == reflectlite.Float32 || k == reflectlite.Float64:
		size := 64
		if k == reflectlite.Float32 {
			size = 32
		}
		s, ok := fmtFloat(reflectlite.FloatOf(v), size, verb, p.flags, p.wid, p.prec)
		p.emit(s, ok, verb, v)
	case k == reflectlite.Complex64 || k == reflectlite.Complex128:
		size := 128
		if k == reflectlite.Complex64 {
			size = 64
		}
		re, im := reflectlite.ComplexOf(v)
		s, ok := fmtComplex(re, im, size, verb, p.flags, p.wid, p.prec)
		p.emit(s, ok, verb, v)
	case k == reflectlite.String:
		s, ok := fmtString(reflectlite.StringOf(v), verb, p.flags, p.wid, p.prec)
		p.emit(s, ok, verb, v)
	case k == reflectlite.Map:
		p.printMap(v, verb, depth, canMethods)
	case k == reflectlite.Struct:
		p.printStruct(v, verb, depth, canMethods)
	case k == reflectlite.Pointer:
		if depth == 0 && !reflectlite.IsNil(v) {
			e := reflectlite.Elem(v)
			switch reflectlite.Kind(e) {
			case reflectlite.Array, reflectlite.Slice, reflectlite.Struct, reflectlite.Map:
				p.buf += "&"
				p.printValueM(e, verb, depth+1, canMethods)
				return
			}
		}
		p.fmtPointer(v, verb)
	case k == reflectlite.Array || k == reflectlite.Slice:
		p.printList(v, verb, depth, k, canMethods)
	default:
		p.fmtPointer(v, verb)
	}
}

func (p *pp) emit(s string, ok bool, verb rune, v any) {
	if ok {
		p.buf += s
		return
	}
	p.badVerb(verb, v)
}

func (p *pp) printMap(v any, verb rune, depth int, canMethods bool) {
	if p.flags&flagSharpV != 0 {
		p.buf += reflectlite.TypeString(v)
		if reflectlite.IsNil(v) {
			p.buf += "(nil)"
			return
		}
		p.buf += "{"
	} else {
		p.buf += "map["
	}
	keys := reflectlite.MapKeys(v)
	for i, key := range keys {
		if i > 0 {
			if p.flags&flagSharpV != 0 {
				p.buf += ", "
			} else {
				p.buf += " "
			}
		}
		p.printElem(key, verb, depth, canMethods, v, false)
		p.buf += ":"
		p.printElem(reflectlite.MapIndex(v, key), verb, depth, canMethods, v, true)
	}
	if p.flags&flagSharpV != 0 {
		p.buf += "}"
	} else {
		p.buf += "]"
	}
}

func (p *pp) printStruct(v any, verb rune, depth int, canMethods bool) {
	if p.flags&flagSharpV != 0 {
		p.buf += reflectlite.TypeString(v)
	}
	p.buf += "{"
	n := reflectlite.NumField(v)
	for i := 0; i < n; i++ {
		if i > 0 {
			if p.flags&flagSharpV != 0 {
				p.buf += ", "
			} else {
				p.buf += " "
			}
		}
		if p.flags&(flagPlusV|flagSharpV) != 0 {
			p.buf += reflectlite.FieldName(v, i) + ":"
		}
		f := reflectlite.Field(v, i)
		if f == nil && p.flags&flagSharpV != 0 {
			p.buf += reflectlite.FieldTypeString(v, i) + "(nil)"
			continue
		}
		p.printValueM(f, verb, depth+1, canMethods && reflectlite.FieldExported(v, i))
	}
	p.buf += "}"
}

func (p *pp) printList(v any, verb rune, depth int, k int, canMethods bool) {
	elemType := reflectlite.ElemTypeString(v)
	if elemType == "uint8" {
		switch verb {
		case 's', 'q', 'x', 'X':
			s, ok := fmtBytes(reflectlite.BytesOf(v), reflectlite.IsNil(v), reflectlite.TypeString(v), verb, p.flags, p.wid, p.prec)
			p.emit(s, ok, verb, v)
			return
		}
	}
	if p.flags&flagSharpV != 0 {
		p.buf += reflectlite.TypeString(v)
		if k == reflectlite.Slice && reflectlite.IsNil(v) {
			p.buf += "(nil)"
			return
		}
		p.buf += "{"
		n := reflectlite.Len(v)
		for i := 0; i < n; i++ {
			if i > 0 {
				p.buf += ", "
			}
			p.printElem(reflectlite.Index(v, i), verb, depth, canMethods, v, true)
		}
		p.buf += "}"
		return
	}
	p.buf += "["
	n := reflectlite.Len(v)
	for i := 0; i < n; i++ {
		if i > 0 {
			p.buf += " "
		}
		p.printElem(reflectlite.Index(v, i), verb, depth, canMethods, v, true)
	}
	p.buf += "]"
}

// printElem prints an element, map key or map value of container c; a nil interface
// element prints as `<nil>`, or under %#v as its static type followed by `(nil)`.
func (p *pp) printElem(e any, verb rune, depth int, canMethods bool, c any, isElem bool) {
	if e == nil && p.flags&flagSharpV != 0 {
		if isElem {
			p.buf += reflectlite.ElemTypeString(c) + "(nil)"
		} else {
			p.buf += reflectlite.KeyTypeString(c) + "(nil)"
		}
		return
	}
	p.printValueM(e, verb, depth+1, canMethods)
}

func (p *pp) doPrint(a []any) {
	prevString := false
	for argNum, arg := range a {
		isString := arg != nil && reflectlite.Kind(arg) == reflectlite.String
		if argNum > 0 && !isString && !prevString {
			p.buf += " "
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

func (p *pp) doPrintln(a []any) {
	for argNum, arg := range a {
		if argNum > 0 {
			p.buf += " "
		}
		p.printArg(arg, 'v')
	}
	p.buf += "\n"
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// parseNum reads a decimal number at s[start:end]; num is -1 when there is none.
func parseNum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && isDigit(s[newi]); newi++ {
		if num > 1e6 {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

func (p *pp) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool, ok bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false, true
	}
	for j := i + 1; j < len(format); j++ {
		if format[j] == ']' {
			width, isnum, newi := parseNum(format, i+1, j)
			if !isnum || newi != j || width < 1 || width > numArgs {
				return argNum, j + 1, true, false
			}
			return width - 1, j + 1, true, true
		}
	}
	return argNum, i + 1, true, false
}

func (p *pp) doPrintf(format string, a []any) {
	end := len(format)
	argNum := 0
	afterIndex := false
	reordered := false
	goodArgNum := true
formatLoop:
	for i := 0; i < end; {
		goodArgNum = true
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			p.buf += format[lasti:i]
		}
		if i >= end {
			break
		}
		i++
		p.flags = 0
		p.wid = -1
		p.prec = -1
	simpleFormat:
		for ; i < end; i++ {
			c := format[i]
			switch c {
			case '#':
				p.flags |= flagSharp
			case '0':
				// Zero padding is only to the left: ignored after '-'.
				if p.flags&flagMinus == 0 {
					p.flags |= flagZero
				}
			case '+':
				p.flags |= flagPlus
			case '-':
				p.flags |= flagMinus
				p.flags &^= flagZero
			case ' ':
				p.flags |= flagSpace
			default:
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					switch c {
					case 'w':
						if err, ok := a[argNum].(error); ok && p.wrapErrs {
							p.wrapped = append(p.wrapped, err)
						}
						p.printVerbArg(a[argNum], 'w')
					case 'v':
						if p.flags&flagSharp != 0 {
							p.flags = (p.flags &^ flagSharp) | flagSharpV
						}
						if p.flags&flagPlus != 0 {
							p.flags = (p.flags &^ flagPlus) | flagPlusV
						}
						p.printArg(a[argNum], 'v')
					default:
						p.printArg(a[argNum], rune(c))
					}
					argNum++
					i++
					continue formatLoop
				}
				break simpleFormat
			}
		}

		argNum, i, afterIndex, goodArgNum = p.argNumber(argNum, format, i, len(a))
		if afterIndex {
			reordered = true
		}
		if i < end && format[i] == '*' {
			i++
			if argNum < len(a) {
				w, isInt := intFromArg(a[argNum])
				argNum++
				if !isInt {
					p.buf += "%!(BADWIDTH)"
					w = -1
				}
				if w < 0 && isInt {
					p.flags |= flagMinus
					w = -w
				}
				if w > 1e6 {
					p.buf += "%!(BADWIDTH)"
					w = -1
				}
				p.wid = w
			} else {
				p.buf += "%!(BADWIDTH)"
			}
			afterIndex = false
		} else {
			w, isnum, ni := parseNum(format, i, end)
			i = ni
			if isnum {
				p.wid = w
			}
			if afterIndex && isnum {
				goodArgNum = false
			}
		}
		if i+1 <= end && i < end && format[i] == '.' {
			i++
			if afterIndex {
				goodArgNum = false
			}
			argNum, i, afterIndex, goodArgNum = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				if argNum < len(a) {
					pr, isInt := intFromArg(a[argNum])
					argNum++
					if pr < 0 || !isInt {
						pr = -1
						if !isInt {
							p.buf += "%!(BADPREC)"
						}
					}
					p.prec = pr
				} else {
					p.buf += "%!(BADPREC)"
				}
				afterIndex = false
			} else {
				pr, isnum, ni := parseNum(format, i, end)
				i = ni
				if !isnum {
					pr = 0
				}
				p.prec = pr
			}
		}
		if !afterIndex {
			argNum, i, afterIndex, goodArgNum = p.argNumber(argNum, format, i, len(a))
		}
		if i >= end {
			p.buf += "%!(NOVERB)"
			break
		}
		verb, size := decodeRune(format[i:])
		i += size
		switch {
		case verb == '%':
			p.buf += "%"
		case !goodArgNum:
			p.buf += "%!" + string(verb) + "(BADINDEX)"
		case argNum >= len(a):
			p.buf += "%!" + string(verb) + "(MISSING)"
		case verb == 'w':
			if err, ok := a[argNum].(error); ok && p.wrapErrs {
				p.wrapped = append(p.wrapped, err)
			}
			p.printVerbArg(a[argNum], 'w')
			argNum++
		case verb == 'v':
			if p.flags&flagSharp != 0 {
				p.flags = (p.flags &^ flagSharp) | flagSharpV
			}
			if p.flags&flagPlus != 0 {
				p.flags = (p.flags &^ flagPlus) | flagPlusV
			}
			p.printArg(a[argNum], verb)
			argNum++
		default:
			p.printArg(a[argNum], verb)
			argNum++
		}
	}
	if !reordered && argNum < len(a) {
		p.flags = 0
		p.wid = -1
		p.prec = -1
		p.buf += "%!(EXTRA "
		for i, arg := range a[argNum:] {
			if i > 0 {
				p.buf += ", "
			}
			if arg == nil {
				p.buf += "<nil>"
			} else {
				p.buf += reflectlite.TypeString(arg) + "="
				p.printArg(arg, 'v')
			}
		}
		p.buf += ")"
	}
}

// printVerbArg prints the operand of %w: like %v when the printer wraps errors (Errorf), else a bad verb.
func (p *pp) printVerbArg(arg any, verb rune) {
	if !p.wrapErrs {
		p.badVerb(verb, arg)
		return
	}
	if _, ok := arg.(error); !ok {
		p.badVerb(verb, arg)
		return
	}
	p.printArg(arg, 'v')
}

func intFromArg(arg any) (num int, isInt bool) {
	if arg == nil {
		return 0, false
	}
	k := reflectlite.Kind(arg)
	if k >= reflectlite.Int && k <= reflectlite.Int64 {
		n := reflectlite.IntOf(arg)
		return int(n), int64(int(n)) == n
	}
	if k >= reflectlite.Uint && k <= reflectlite.Uintptr {
		n := reflectlite.UintOf(arg)
		if int64(n) >= 0 && uint64(int(n)) == n {
			return int(n), true
		}
	}
	return 0, false
}

func decodeRune(s string) (rune, int) {
	for _, r := range s {
		n := 1
		switch {
		case r >= 0x10000:
			n = 4
		case r >= 0x800:
			n = 3
		case r >= 0x80:
			n = 2
		}
		if r == 0xFFFD && s[0] != 0xEF {
			n = 1
		}
		return r, n
	}
	return 0xFFFD, 1
}

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.doPrintf(format, a)
	return p.buf
}

// Sprint formats using the default formats for its operands and returns the resulting string.
func Sprint(a ...any) string {
	p := newPrinter()
	p.doPrint(a)
	return p.buf
}

// Sprintln formats using the default formats, with spaces between operands and a newline.
func Sprintln(a ...any) string {
	p := newPrinter()
	p.doPrintln(a)
	return p.buf
}

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprintf(format, a...))
}

// Print formats using the default formats and writes to standard output.
func Print(a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprint(a...))
}

// Println formats using the default formats and writes to standard output, with a newline.
func Println(a ...any) (n int, err error) {
	return os.Stdout.WriteString(Sprintln(a...))
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return io.WriteString(w, Sprintf(format, a...))
}

// Fprint formats using the default formats and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return io.WriteString(w, Sprint(a...))
}

// Fprintln formats using the default formats and writes to w, with a newline.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return io.WriteString(w, Sprintln(a...))
}

// Append formats using the default formats and appends the result to b.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

// Appendf formats according to a format specifier and appends the result to b.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Appendln formats using the default formats and appends the result to b, with a newline.
func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

// Errorf formats according to a format specifier and returns the string as an error.
// An operand of %w that is an error is wrapped: errors.Unwrap returns it.
func Errorf(format string, a ...any) error {
	p := newPrinter()
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := p.buf
	switch len(p.wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		return &wrapError{s, p.wrapped[0]}
	default:
		return &wrapErrors{s, p.wrapped}
	}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }
