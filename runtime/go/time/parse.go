package time

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
			": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// quote returns s in double quotes, with quotes and backslashes escaped and every byte
// outside printable ASCII written as \xNN, as gc's time package quotes.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80 || c < ' ':
			b = append(b, '\\', 'x', hex[c>>4], hex[c&15])
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}

// errBad marks a value element that does not match its layout element.
type badValue struct{}

func (badValue) Error() string { return "bad value for field" }

var errBad error = badValue{}

// number parses one or two decimal digits (exactly two when fixed) at the start of s.
func number(s string, fixed bool) (int, string, error) {
	if !isDigitAt(s, 0) {
		return 0, s, errBad
	}
	if !isDigitAt(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// number3 parses one to three decimal digits (exactly three when fixed).
func number3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for ; i < 3 && isDigitAt(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

// digitsValue parses a whole string of decimal digits (with an optional sign).
func digitsValue(s string) (int, error) {
	negative := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		negative = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, errBad
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigitAt(s, i) {
			return 0, errBad
		}
		n = n*10 + int(s[i]-'0')
		if n > 1e9 {
			return 0, errBad
		}
	}
	if negative {
		n = -n
	}
	return n, nil
}

// sameLetters compares ASCII strings ignoring the case of letters.
func sameLetters(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		x |= 0x20
		y |= 0x20
		if x != y || x < 'a' || x > 'z' {
			return false
		}
	}
	return true
}

// lookupName finds which of names starts value (ignoring case).
func lookupName(names []string, value string) (int, string, error) {
	for i, name := range names {
		if len(value) >= len(name) && sameLetters(value[:len(name)], name) {
			return i, value[len(name):], nil
		}
	}
	return -1, value, errBad
}

// fraction parses value[:n], a separator then digits, as nanoseconds.
func fraction(value string, n int) (int, string, error) {
	if value[0] != '.' && value[0] != ',' {
		return 0, "", errBad
	}
	if n > 10 {
		value, n = value[:10], 10
	}
	ns, err := digitsValue(value[1:n])
	if err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := 0; i < 10-n; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// zoneNameLength reports how much of value looks like a time zone abbreviation: three
// upper-case letters, four or five ending in T (or WITA), ChST, MeST, GMT with an hour
// offset, or a bare signed offset.
func zoneNameLength(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return 3 + signedOffsetLength(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedOffsetLength(value)
		return n, n > 0
	}
	upper := 0
	for upper < 6 && upper < len(value) && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// signedOffsetLength is the length of a "+h"/"-hh" hour offset in (-24, 24) at the start
// of value, 0 if there is none.
func signedOffsetLength(value string) int {
	if len(value) < 2 || value[0] != '+' && value[0] != '-' {
		return 0
	}
	i := 1
	hours := 0
	for i < len(value) && isDigitAt(value, i) {
		hours = hours*10 + int(value[i]-'0')
		if hours > 1e6 {
			return 0
		}
		i++
	}
	if i == 1 || hours >= 24 || value[1] == '0' && i > 2 {
		return 0
	}
	if value[0] == '-' && hours == 0 {
		return 0
	}
	return i
}

// Parse parses a formatted string and returns the time value it represents, laid out as
// layout shows the reference time. Without a zone in the value the time is UTC.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, UTC)
}

// ParseInLocation is like Parse but interprets a time without zone information in loc,
// and a zone offset or abbreviation that loc uses as loc.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	wholeLayout, wholeValue := layout, value
	failed := func(layoutElem, valueElem, message string) (Time, error) {
		return Time{}, &ParseError{Layout: wholeLayout, Value: wholeValue, LayoutElem: layoutElem, ValueElem: valueElem, Message: message}
	}
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	pm, am := false, false
	var zone *Location
	zoneOffset := -1
	zoneName := ""
	for {
		prefix, element, rest := nextElement(layout)
		// The literal text must match exactly, ignoring runs of spaces as gc does not:
		// every byte counts.
		if !hasPrefix(value, prefix) {
			return failed(prefix, value, "")
		}
		value = value[len(prefix):]
		if element.kind == elemNone {
			if value != "" {
				return failed("", value, ": extra text: "+quote(value))
			}
			break
		}
		layout = rest
		before := value
		outOfRange := ""
		var err error
		switch element.kind {
		case elemYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			year, err = digitsValue(value[:2])
			if value[0] == '-' || value[0] == '+' {
				err = errBad
			}
			value = value[2:]
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case elemLongYear:
			if len(value) < 4 || !isDigitAt(value, 0) {
				err = errBad
				break
			}
			year, err = digitsValue(value[:4])
			value = value[4:]
		case elemMonth, elemLongMonth:
			names := longMonthNames
			if element.kind == elemMonth {
				names = shortNames(longMonthNames)
			}
			month, value, err = lookupName(names, value)
			month++
		case elemNumMonth, elemZeroMonth:
			month, value, err = number(value, element.kind == elemZeroMonth)
			if err == nil && (month <= 0 || month > 12) {
				outOfRange = "month"
			}
		case elemWeekDay:
			_, value, err = lookupName(shortNames(longDayNames), value)
		case elemLongWeekDay:
			_, value, err = lookupName(longDayNames, value)
		case elemDay, elemUnderDay, elemZeroDay:
			if element.kind == elemUnderDay && value != "" && value[0] == ' ' {
				value = value[1:]
			}
			// Any one- or two-digit day: it is checked against the month at the end.
			day, value, err = number(value, element.kind == elemZeroDay)
		case elemUnderYearDay, elemZeroYearDay:
			for i := 0; i < 2; i++ {
				if element.kind == elemUnderYearDay && value != "" && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, err = number3(value, element.kind == elemZeroYearDay)
		case elemHour:
			hour, value, err = number(value, false)
			if hour < 0 || hour >= 24 {
				outOfRange = "hour"
			}
		case elemHour12, elemZeroHour12:
			hour, value, err = number(value, element.kind == elemZeroHour12)
			if hour < 0 || hour > 12 {
				outOfRange = "hour"
			}
		case elemMinute, elemZeroMinute:
			min, value, err = number(value, element.kind == elemZeroMinute)
			if min < 0 || min >= 60 {
				outOfRange = "minute"
			}
		case elemSecond, elemZeroSecond:
			sec, value, err = number(value, element.kind == elemZeroSecond)
			if err != nil {
				break
			}
			if sec < 0 || sec >= 60 {
				outOfRange = "second"
				break
			}
			// A fraction in the value that the layout does not spell is accepted here.
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitAt(value, 1) {
				_, next, _ := nextElement(layout)
				if next.kind == elemFracZeros || next.kind == elemFracNines {
					break
				}
				n := 2
				for n < len(value) && isDigitAt(value, n) {
					n++
				}
				nsec, outOfRange, err = fraction(value, n)
				value = value[n:]
			}
		case elemPM, elemLowerPM:
			if len(value) < 2 {
				err = errBad
				break
			}
			text := value[:2]
			value = value[2:]
			upper := element.kind == elemPM
			switch {
			case upper && text == "PM" || !upper && text == "pm":
				pm = true
			case upper && text == "AM" || !upper && text == "am":
				am = true
			default:
				err = errBad
			}
		case elemISO8601TZ, elemISO8601ShortTZ, elemISO8601ColonTZ, elemISO8601SecondsTZ, elemISO8601ColonSecTZ,
			elemNumTZ, elemNumShortTZ, elemNumColonTZ, elemNumSecondsTZ, elemNumColonSecTZ:
			iso := element.kind == elemISO8601TZ || element.kind == elemISO8601ShortTZ || element.kind == elemISO8601ColonTZ ||
				element.kind == elemISO8601SecondsTZ || element.kind == elemISO8601ColonSecTZ
			if iso && value != "" && value[0] == 'Z' {
				value = value[1:]
				zone = UTC
				break
			}
			zoneOffset, value, outOfRange, err = parseZoneOffset(element.kind, value)
		case elemZoneName:
			if hasPrefix(value, "UTC") {
				zone = UTC
				value = value[3:]
				break
			}
			n, ok := zoneNameLength(value)
			if !ok {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case elemFracZeros:
			// Exactly as many digits as the layout has.
			n := 1 + element.digits
			if len(value) < n {
				err = errBad
				break
			}
			nsec, outOfRange, err = fraction(value, n)
			value = value[n:]
		case elemFracNines:
			if len(value) < 2 || value[0] != '.' && value[0] != ',' || !isDigitAt(value, 1) {
				break // the fraction is optional
			}
			n := 1
			for isDigitAt(value, n) {
				n++
			}
			nsec, outOfRange, err = fraction(value, n)
			value = value[n:]
		}
		if outOfRange != "" {
			return failed(element.text, value, ": "+outOfRange+" out of range")
		}
		if err != nil {
			return failed(element.text, before, "")
		}
	}
	if pm && hour < 12 {
		hour += 12
	} else if am && hour == 12 {
		hour = 0
	}
	if yday >= 0 {
		leap := isLeap(year)
		limit := 365
		if leap {
			limit = 366
		}
		if yday < 1 || yday > limit {
			return failed("", value, ": day-of-year out of range")
		}
		// Walk the months to find the one holding day yday.
		m, d := 1, yday
		for d > daysIn(Month(m), year) {
			d -= daysIn(Month(m), year)
			m++
		}
		if month >= 0 && month != m {
			return failed("", value, ": day-of-year does not match month")
		}
		if day >= 0 && day != d {
			return failed("", value, ": day-of-year does not match day")
		}
		month, day = m, d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return failed("", value, ": day out of range")
	}
	if zone != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, zone), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		if local.offset == zoneOffset && (zoneName == "" || local.zone == zoneName) {
			return t.setLoc(local), nil
		}
		return t.setLoc(FixedZone(zoneName, zoneOffset)), nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if local.zone == zoneName {
			t.sec -= int64(local.offset)
			return t.setLoc(local), nil
		}
		// An unknown abbreviation: a zone of that name with offset 0, or GMT's hours.
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			hours, _ := digitsValue(zoneName[3:])
			offset = hours * 3600
		}
		return t.setLoc(FixedZone(zoneName, offset)), nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLocation), nil
}

// shortNames returns the three-letter forms of names.
func shortNames(names []string) []string {
	short := make([]string, len(names))
	for i, name := range names {
		short[i] = name[:3]
	}
	return short
}

// parseZoneOffset parses a numeric zone offset ("+hh", "+hhmm", "+hh:mm", with seconds
// for the long forms) and returns it in seconds east of UTC.
func parseZoneOffset(kind int, value string) (offset int, rest string, outOfRange string, err error) {
	var sign, hh, mm, ss string
	switch kind {
	case elemISO8601ColonTZ, elemNumColonTZ:
		if len(value) < 6 || value[3] != ':' {
			return 0, value, "", errBad
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], value[4:6], "00", value[6:]
	case elemISO8601ShortTZ, elemNumShortTZ:
		if len(value) < 3 {
			return 0, value, "", errBad
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], "00", "00", value[3:]
	case elemISO8601ColonSecTZ, elemNumColonSecTZ:
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return 0, value, "", errBad
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], value[4:6], value[7:9], value[9:]
	case elemISO8601SecondsTZ, elemNumSecondsTZ:
		if len(value) < 7 {
			return 0, value, "", errBad
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], value[3:5], value[5:7], value[7:]
	default:
		if len(value) < 5 {
			return 0, value, "", errBad
		}
		sign, hh, mm, ss, rest = value[:1], value[1:3], value[3:5], "00", value[5:]
	}
	h, _, err := number(hh, true)
	m, s := 0, 0
	if err == nil {
		m, _, err = number(mm, true)
	}
	if err == nil {
		s, _, err = number(ss, true)
	}
	// Offsets of 24 hours or 60 minutes or seconds are written in the wild: accepted.
	if h > 24 {
		outOfRange = "time zone offset hour"
	}
	if m > 60 {
		outOfRange = "time zone offset minute"
	}
	if s > 60 {
		outOfRange = "time zone offset second"
	}
	offset = (h*60+m)*60 + s
	switch sign {
	case "+":
	case "-":
		offset = -offset
	default:
		err = errBad
	}
	return offset, rest, outOfRange, err
}

// The units ParseDuration accepts, in nanoseconds.
var durationUnits = map[string]uint64{
	"ns": 1,
	"us": 1e3,
	"µs": 1e3, // U+00B5 micro sign
	"μs": 1e3, // U+03BC Greek letter mu
	"ms": 1e6,
	"s":  1e9,
	"m":  60e9,
	"h":  3600e9,
}

type durationError string

func (e durationError) Error() string { return string(e) }

// ParseDuration parses a duration string: a possibly signed sequence of decimal numbers,
// each with an optional fraction and a unit suffix, such as "300ms", "-1.5h" or "2h45m".
// Valid units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	original := s
	invalid := func() (Duration, error) {
		return 0, durationError("time: invalid duration " + quote(original))
	}
	var total uint64
	negative := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		negative = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return invalid()
	}
	for s != "" {
		// The integer part.
		var whole uint64
		overflow := false
		i := 0
		for i < len(s) && isDigitAt(s, i) {
			if whole > (1<<63-1)/10 {
				overflow = true
			}
			whole = whole*10 + uint64(s[i]-'0')
			if whole > 1<<63 {
				overflow = true
			}
			i++
		}
		if overflow {
			return invalid()
		}
		hadWhole := i > 0
		s = s[i:]
		// The fraction: digits kept while they fit, with their scale.
		var frac, scale uint64 = 0, 1
		hadFraction := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			i = 0
			truncated := false
			for i < len(s) && isDigitAt(s, i) {
				if !truncated {
					if frac > (1<<63-1)/10 {
						truncated = true
					} else {
						next := frac*10 + uint64(s[i]-'0')
						if next > 1<<63 {
							truncated = true
						} else {
							frac = next
							scale *= 10
						}
					}
				}
				i++
			}
			hadFraction = i > 0
			s = s[i:]
		}
		if !hadWhole && !hadFraction {
			return invalid()
		}
		// The unit.
		i = 0
		for i < len(s) && s[i] != '.' && !isDigitAt(s, i) {
			i++
		}
		if i == 0 {
			return 0, durationError("time: missing unit in duration " + quote(original))
		}
		unitName := s[:i]
		s = s[i:]
		unit, ok := durationUnits[unitName]
		if !ok {
			return 0, durationError("time: unknown unit " + quote(unitName) + " in duration " + quote(original))
		}
		if whole > (1<<63)/unit {
			return invalid()
		}
		value := whole * unit
		if frac > 0 {
			// float64 is needed to be nanosecond accurate for fractions of hours.
			value += uint64(float64(frac) * (float64(unit) / float64(scale)))
			if value > 1<<63 {
				return invalid()
			}
		}
		total += value
		if total > 1<<63 {
			return invalid()
		}
	}
	if negative {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return invalid()
	}
	return Duration(total), nil
}
