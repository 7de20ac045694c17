package time

// Predefined layouts for Time.Format and time.Parse. The reference time is
// Mon Jan 2 15:04:05 MST 2006 (Unix time 1136239445).
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// The elements a layout is made of, besides literal text.
const (
	elemNone = iota
	elemLongMonth         // "January"
	elemMonth             // "Jan"
	elemNumMonth          // "1"
	elemZeroMonth         // "01"
	elemLongWeekDay       // "Monday"
	elemWeekDay           // "Mon"
	elemDay               // "2"
	elemUnderDay          // "_2"
	elemZeroDay           // "02"
	elemUnderYearDay      // "__2"
	elemZeroYearDay       // "002"
	elemHour              // "15"
	elemHour12            // "3"
	elemZeroHour12        // "03"
	elemMinute            // "4"
	elemZeroMinute        // "04"
	elemSecond            // "5"
	elemZeroSecond        // "05"
	elemLongYear          // "2006"
	elemYear              // "06"
	elemPM                // "PM"
	elemLowerPM           // "pm"
	elemZoneName          // "MST"
	elemISO8601TZ         // "Z0700"
	elemISO8601SecondsTZ  // "Z070000"
	elemISO8601ShortTZ    // "Z07"
	elemISO8601ColonTZ    // "Z07:00"
	elemISO8601ColonSecTZ // "Z07:00:00"
	elemNumTZ             // "-0700"
	elemNumSecondsTZ      // "-070000"
	elemNumShortTZ        // "-07"
	elemNumColonTZ        // "-07:00"
	elemNumColonSecTZ     // "-07:00:00"
	elemFracZeros         // ".000" or ",000": exactly that many digits
	elemFracNines         // ".999" or ",999": up to that many digits, trailing zeros dropped
)

// layoutElement is one element found in a layout: the literal text before it, what it
// is, its text in the layout, and for fractions the digit count and separator.
type layoutElement struct {
	kind      int
	text      string
	digits    int
	separator byte
}

// The layout words, longest first where one is a prefix of another.
var layoutWords = []struct {
	word string
	kind int
}{
	{"January", elemLongMonth}, {"Jan", elemMonth},
	{"Monday", elemLongWeekDay}, {"Mon", elemWeekDay},
	{"MST", elemZoneName},
	{"2006", elemLongYear}, {"2", elemDay},
	{"__2", elemUnderYearDay}, {"_2", elemUnderDay},
	{"002", elemZeroYearDay}, {"01", elemZeroMonth}, {"02", elemZeroDay}, {"03", elemZeroHour12},
	{"04", elemZeroMinute}, {"05", elemZeroSecond}, {"06", elemYear},
	{"15", elemHour}, {"1", elemNumMonth}, {"3", elemHour12}, {"4", elemMinute}, {"5", elemSecond},
	{"PM", elemPM}, {"pm", elemLowerPM},
	{"Z07:00:00", elemISO8601ColonSecTZ}, {"Z070000", elemISO8601SecondsTZ},
	{"Z07:00", elemISO8601ColonTZ}, {"Z0700", elemISO8601TZ}, {"Z07", elemISO8601ShortTZ},
	{"-07:00:00", elemNumColonSecTZ}, {"-070000", elemNumSecondsTZ},
	{"-07:00", elemNumColonTZ}, {"-0700", elemNumTZ}, {"-07", elemNumShortTZ},
}

func hasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// nextElement finds the first layout element in layout: it returns the literal text
// before it, the element, and the layout after it (kind elemNone: no element left).
func nextElement(layout string) (prefix string, element layoutElement, rest string) {
	for i := 0; i < len(layout); i++ {
		c := layout[i]
		if (c == '.' || c == ',') && i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
			digit := layout[i+1]
			j := i + 1
			for j < len(layout) && layout[j] == digit {
				j++
			}
			// A fraction only when the run of digits ends the number.
			if !isDigitAt(layout, j) {
				kind := elemFracZeros
				if digit == '9' {
					kind = elemFracNines
				}
				return layout[:i], layoutElement{kind: kind, text: layout[i:j], digits: j - i - 1, separator: c}, layout[j:]
			}
			continue
		}
		tail := layout[i:]
		for _, w := range layoutWords {
			if !hasPrefix(tail, w.word) {
				continue
			}
			switch w.kind {
			case elemWeekDay, elemMonth, elemLongWeekDay, elemLongMonth:
				// "Mon" and "Jan" only when not followed by a lower-case letter
				// (except the long forms), as in "Monday" vs "Month".
				if (w.kind == elemWeekDay || w.kind == elemMonth) && len(tail) > 3 && 'a' <= tail[3] && tail[3] <= 'z' {
					continue
				}
			case elemUnderDay:
				// "_2006" is a literal "_" followed by the year.
				if hasPrefix(tail, "_2006") {
					return layout[:i+1], layoutElement{kind: elemLongYear, text: "2006"}, layout[i+5:]
				}
			}
			return layout[:i], layoutElement{kind: w.kind, text: w.word}, layout[i+len(w.word):]
		}
	}
	return layout, layoutElement{}, ""
}

// appendInt appends x in decimal, zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var digits [20]byte
	i := len(digits)
	for u >= 10 {
		i--
		digits[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	digits[i] = byte('0' + u)
	for w := len(digits) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, digits[i:]...)
}

// appendFraction appends nanoseconds as a fraction of a second: digits digits, or with
// trailing zeros removed (and nothing at all for zero) when trim is set.
func appendFraction(b []byte, nanos int, digits int, separator byte, trim bool) []byte {
	var buf [9]byte
	for i := 8; i >= 0; i-- {
		buf[i] = byte('0' + nanos%10)
		nanos /= 10
	}
	if digits > 9 {
		digits = 9
	}
	if trim {
		for digits > 0 && buf[digits-1] == '0' {
			digits--
		}
		if digits == 0 {
			return b
		}
	}
	b = append(b, separator)
	return append(b, buf[:digits]...)
}

// Format returns a textual representation of t laid out like the reference time
// (Mon Jan 2 15:04:05 -0700 MST 2006) in layout.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is like Format but appends the textual representation to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	zoneName, offset := t.Zone()
	days, secondOfDay := daysSinceEpoch(t.localSeconds())
	year, month, day := civilDate(days)
	hour, min, sec := secondOfDay/3600, secondOfDay/60%60, secondOfDay%60
	for layout != "" {
		prefix, element, rest := nextElement(layout)
		b = append(b, prefix...)
		if element.kind == elemNone {
			break
		}
		layout = rest
		switch element.kind {
		case elemYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case elemLongYear:
			b = appendInt(b, year, 4)
		case elemMonth:
			b = append(b, month.String()[:3]...)
		case elemLongMonth:
			b = append(b, month.String()...)
		case elemNumMonth:
			b = appendInt(b, int(month), 0)
		case elemZeroMonth:
			b = appendInt(b, int(month), 2)
		case elemWeekDay:
			b = append(b, t.Weekday().String()[:3]...)
		case elemLongWeekDay:
			b = append(b, t.Weekday().String()...)
		case elemDay:
			b = appendInt(b, day, 0)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elemZeroDay:
			b = appendInt(b, day, 2)
		case elemUnderYearDay, elemZeroYearDay:
			yday := int(days-daysFromCivil(year, January, 1)) + 1
			if element.kind == elemUnderYearDay {
				if yday < 100 {
					b = append(b, ' ')
					if yday < 10 {
						b = append(b, ' ')
					}
				}
				b = appendInt(b, yday, 0)
			} else {
				b = appendInt(b, yday, 3)
			}
		case elemHour:
			b = appendInt(b, hour, 2)
		case elemHour12, elemZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			width := 0
			if element.kind == elemZeroHour12 {
				width = 2
			}
			b = appendInt(b, h, width)
		case elemMinute:
			b = appendInt(b, min, 0)
		case elemZeroMinute:
			b = appendInt(b, min, 2)
		case elemSecond:
			b = appendInt(b, sec, 0)
		case elemZeroSecond:
			b = appendInt(b, sec, 2)
		case elemPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case elemLowerPM:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case elemISO8601TZ, elemISO8601ColonTZ, elemISO8601SecondsTZ, elemISO8601ShortTZ, elemISO8601ColonSecTZ,
			elemNumTZ, elemNumColonTZ, elemNumSecondsTZ, elemNumShortTZ, elemNumColonSecTZ:
			b = appendZoneOffset(b, element.kind, offset)
		case elemZoneName:
			if zoneName != "" {
				b = append(b, zoneName...)
			} else {
				b = appendZoneOffset(b, elemNumTZ, offset)
			}
		case elemFracZeros, elemFracNines:
			b = appendFraction(b, int(t.nsec), element.digits, element.separator, element.kind == elemFracNines)
		}
	}
	return b
}

// appendZoneOffset appends a numeric zone offset in the style of kind ("Z" for UTC in
// the ISO 8601 styles).
func appendZoneOffset(b []byte, kind int, offset int) []byte {
	iso := kind == elemISO8601TZ || kind == elemISO8601ColonTZ || kind == elemISO8601SecondsTZ ||
		kind == elemISO8601ShortTZ || kind == elemISO8601ColonSecTZ
	if iso && offset == 0 {
		return append(b, 'Z')
	}
	colon := kind == elemISO8601ColonTZ || kind == elemNumColonTZ || kind == elemISO8601ColonSecTZ || kind == elemNumColonSecTZ
	short := kind == elemISO8601ShortTZ || kind == elemNumShortTZ
	seconds := kind == elemISO8601SecondsTZ || kind == elemNumSecondsTZ || kind == elemISO8601ColonSecTZ || kind == elemNumColonSecTZ
	if offset < 0 {
		b = append(b, '-')
		offset = -offset
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, offset/3600, 2)
	if !short {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, offset/60%60, 2)
	}
	if seconds {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, offset%60, 2)
	}
	return b
}

// String returns the time formatted as "2006-01-02 15:04:05.999999999 -0700 MST", followed
// by " m=±<seconds>" when t has a monotonic clock reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono
		sign := byte('+')
		if m < 0 {
			sign = '-'
			m = -m
		}
		b := append([]byte(" m="), sign)
		b = appendInt(b, int(m/1e9), 0)
		b = append(b, '.')
		b = appendInt(b, int(m%1e9), 9)
		s += string(b)
	}
	return s
}

// GoString implements fmt.GoStringer: time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC).
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := append([]byte("time.Date("), itoa(year)...)
	b = append(b, ", time."...)
	b = append(b, month.String()...)
	for _, v := range []int{day, hour, min, sec, int(t.nsec)} {
		b = append(b, ", "...)
		b = appendInt(b, v, 0)
	}
	b = append(b, ", "...)
	switch loc := t.Location(); {
	case loc == UTC:
		b = append(b, "time.UTC"...)
	case loc == Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}
