package main

import (
	"fmt"
	"time"
)

func main() {
	var z time.Time
	fmt.Println(z, z.IsZero(), z.Year(), z.Weekday(), z.Unix())
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano), t.Format(time.Kitchen), t.Format(time.ANSIC))
	fmt.Println(t.Format("Monday, January 2, 2006 at 3:04pm (MST) .000 ,999 002 __2 _2 06"))
	fmt.Println(t.Unix(), t.UnixNano(), t.YearDay(), t.Weekday())
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.AddDate(0, 1, 25), t.Add(36*time.Hour).Format(time.DateTime))
	fmt.Printf("%v %s %d\n", t.Month(), t.Month(), t.Month())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1e9, 5).UTC().Format(time.StampNano))
	fz := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(fz), t.In(fz).Format(time.RFC1123Z), t.In(fz).Format(time.RFC822))
	fmt.Println(t.Truncate(time.Hour), t.Round(24*time.Hour), t.Truncate(7*24*time.Hour))
	for _, s := range []string{"2006-01-02T15:04:05Z", "2013-02-03T19:54:00-08:00", "2013-02-30T19:54:00Z", "bad", "2013-02-03T19:54:00.123456+05:30"} {
		p, err := time.Parse(time.RFC3339, s)
		fmt.Println(p, err)
	}
	p, err := time.Parse("Jan 2 2006 15:04 MST", "Feb 3 2013 19:54 PST")
	fmt.Println(p, err)
	p, err = time.Parse(time.Kitchen, "3:04PM")
	fmt.Println(p, err)
	p, err = time.Parse("2006-01-02 15:04:05", "2021-13-01 00:00:00")
	fmt.Println(p, err)
	for _, s := range []string{"1h30m", "1.5s", "-2m3.5s", "300ms", "2us", "1µs", "0", "", "1", "3x", ".5h", "1.h"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	fmt.Printf("%#v\n", t)
	fmt.Println(time.Month(13), time.Weekday(8), t.Equal(t.In(fz)), t == t.In(fz))
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC))
	fmt.Println(time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006 06 Jan"), time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC))
}
