package time

// A Month specifies a month of the year (January = 1, ...).
type Month int

// The months.
const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

var longDayNames = []string{
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

// The days of the week.
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

// A Location maps time instants to the zone in use at that time. Weft has no time zone
// database: a Location is one fixed zone (UTC, Local — which is UTC in Weft — or one
// made by FixedZone).
type Location struct {
	name   string
	zone   string
	offset int // seconds east of UTC
}

var utcLoc = Location{name: "UTC", zone: "UTC"}
var localLoc = Location{name: "Local", zone: "UTC"}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// Local represents the system's local time zone; in Weft it is UTC.
var Local *Location = &localLoc

// String returns a descriptive name for the time zone information.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and offset
// (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// LoadLocation returns the Location with the given name: "" and "UTC" give UTC, "Local"
// gives Local; Weft has no time zone database for other names.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, &zoneError{name}
}

type zoneError struct{ name string }

func (e *zoneError) Error() string { return "unknown time zone " + e.name }

// location returns t's location, never nil.
func (t Time) location() *Location {
	if t.loc == nil {
		return &utcLoc
	}
	return t.loc
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone computes the time zone in effect at time t: its abbreviation and its offset in
// seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	l := t.location()
	return l.zone, l.offset
}

// setLoc gives t a location, dropping the monotonic reading as gc does.
func (t Time) setLoc(loc *Location) Time {
	if loc == &utcLoc {
		loc = nil
	}
	t.mono = 0
	t.loc = loc
	return t
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time { return t.setLoc(&utcLoc) }

// Local returns t with the location set to local time.
func (t Time) Local() Time { return t.setLoc(Local) }

// In returns a copy of t representing the same instant in location loc.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return t.setLoc(loc)
}

// localSeconds is t in seconds since the zero time, in t's zone.
func (t Time) localSeconds() int64 {
	return t.sec + int64(t.location().offset)
}

// daysSinceEpoch converts seconds since the zero time to whole days since 1970-01-01
// and the second of that day.
func daysSinceEpoch(seconds int64) (days int64, secondOfDay int) {
	unix := seconds - unixToInternal
	days = floorDiv(unix, secondsPerDay)
	return days, int(unix - days*secondsPerDay)
}

// civilDate converts days since 1970-01-01 to a proleptic Gregorian (year, month, day),
// counting in 400-year eras that start on March 1 so that leap days end each year.
func civilDate(days int64) (year int, month Month, day int) {
	days += 719468 // days from 0000-03-01 to 1970-01-01
	era := floorDiv(days, 146097)
	dayOfEra := days - era*146097                                                  // [0, 146096]
	yearOfEra := (dayOfEra - dayOfEra/1460 + dayOfEra/36524 - dayOfEra/146096) / 365 // [0, 399]
	dayOfYear := dayOfEra - (365*yearOfEra + yearOfEra/4 - yearOfEra/100)          // [0, 365]
	monthFromMarch := (5*dayOfYear + 2) / 153                                      // [0, 11]
	day = int(dayOfYear - (153*monthFromMarch+2)/5 + 1)
	m := int(monthFromMarch + 3)
	if m > 12 {
		m -= 12
	}
	year = int(yearOfEra + era*400)
	if m <= 2 {
		year++
	}
	return year, Month(m), day
}

// daysFromCivil is the inverse of civilDate, for any month in 1..12 and day in 1..31
// (a day past the month's end simply counts on into the next month).
func daysFromCivil(year int, month Month, day int) int64 {
	y := int64(year)
	if month <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yearOfEra := y - era*400
	m := int64(month)
	if m > 2 {
		m -= 3
	} else {
		m += 9
	}
	dayOfYear := (153*m+2)/5 + int64(day) - 1
	dayOfEra := yearOfEra*365 + yearOfEra/4 - yearOfEra/100 + dayOfYear
	return era*146097 + dayOfEra - 719468
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

func daysIn(m Month, year int) int {
	if m == February {
		if isLeap(year) {
			return 29
		}
		return 28
	}
	// 31 days in January, March, May, July, August, October, December.
	return 30 + int((m+m/8)%2)
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := daysSinceEpoch(t.localSeconds())
	return civilDate(days)
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	year, _, _ := t.Date()
	return year
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, month, _ := t.Date()
	return month
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, day := t.Date()
	return day
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	days, _ := daysSinceEpoch(t.localSeconds())
	// January 1, 1970 was a Thursday.
	return Weekday((days%7 + 7 + 4) % 7)
}

// YearDay returns the day of the year specified by t, in [1,365] or [1,366] in leap years.
func (t Time) YearDay() int {
	days, _ := daysSinceEpoch(t.localSeconds())
	year, _, _ := civilDate(days)
	return int(days-daysFromCivil(year, January, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week number in which t occurs (weeks start on
// Monday; week 1 holds the year's first Thursday).
func (t Time) ISOWeek() (year, week int) {
	days, _ := daysSinceEpoch(t.localSeconds())
	// Move to the Thursday of t's week: its year is the ISO year.
	weekday := int((days%7+7+3)%7) + 1 // Monday = 1 ... Sunday = 7
	thursday := days + int64(4-weekday)
	year, _, _ = civilDate(thursday)
	return year, int(thursday-daysFromCivil(year, January, 1))/7 + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, secondOfDay := daysSinceEpoch(t.localSeconds())
	return secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60
}

// Hour returns the hour within the day specified by t, in [0, 23].
func (t Time) Hour() int {
	hour, _, _ := t.Clock()
	return hour
}

// Minute returns the minute offset within the hour specified by t, in [0, 59].
func (t Time) Minute() int {
	_, min, _ := t.Clock()
	return min
}

// Second returns the second offset within the minute specified by t, in [0, 59].
func (t Time) Second() int {
	_, _, sec := t.Clock()
	return sec
}

// normalize moves whole multiples of base from lo into hi, leaving lo in [0, base).
func normalize(hi, lo, base int) (int, int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds in loc.
// Values outside their usual ranges are normalized (October 32 is November 1).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = normalize(year, m, 12)
	month = Month(m) + 1
	sec, nsec = normalize(sec, nsec, 1e9)
	min, sec = normalize(min, sec, 60)
	hour, min = normalize(hour, min, 60)
	day, hour = normalize(day, hour, 24)
	days := daysFromCivil(year, month, 1) + int64(day) - 1
	unix := days*secondsPerDay + int64(hour*3600+min*60+sec) - int64(loc.offset)
	t := unixTime(unix, int64(nsec))
	return t.setLoc(loc)
}

// AddDate returns the time corresponding to adding the given numbers of years, months
// and days to t (normalized as Date does).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

func itoa(v int) string {
	if v < 0 {
		return "-" + uitoa(uint64(-v))
	}
	return uitoa(uint64(v))
}

func uitoa(v uint64) string {
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(digits[i:])
}
