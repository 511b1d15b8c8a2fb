package civil

import (
	"time"

	"github.com/noticekit/noticekit/internal/enum"
)

// Nation is one of the three UK bank-holiday jurisdictions. Each has its own
// list of bank holidays (Banking and Financial Dealings Act 1971 Sch 1, the
// St Andrew's Day Bank Holiday (Scotland) Act 2007 and royal proclamations).
// The zero value, NationUnspecified, means "not stated"; the holiday
// functions treat it as having no calendar (see IsWorkingDay).
type Nation uint8

// Nations.
const (
	NationUnspecified Nation = iota
	EnglandAndWales          // england-and-wales
	Scotland                 // scotland
	NorthernIreland          // northern-ireland
)

var nationCodes = [...]string{"", "england-and-wales", "scotland", "northern-ireland"}

// ParseNation returns the Nation with the given code (such as
// "england-and-wales"). The error lists the valid codes.
func ParseNation(s string) (Nation, error) { return enum.Parse[Nation]("nation", nationCodes[:], s) }

// Nations returns every nation, in table order.
func Nations() []Nation { return enum.All[Nation](nationCodes[:]) }

// String returns the nation's code.
func (n Nation) String() string { return enum.String("nation", nationCodes[:], n) }

// MarshalText returns the code; the unspecified value is an error.
func (n Nation) MarshalText() ([]byte, error) { return enum.Marshal("nation", nationCodes[:], n) }

// UnmarshalText parses a code, rejecting unknown ones.
func (n *Nation) UnmarshalText(b []byte) (err error) { *n, err = ParseNation(string(b)); return }

// Holiday is one bank holiday: its date and its English name. A day that
// replaces a holiday falling at a weekend is named "… (substitute day)".
type Holiday struct {
	Date Date
	Name string
}

// Names of the holidays, in English (no Welsh: there is no official list
// to take it from here).
const (
	hNewYear       = "New Year's Day"
	hSecondJan     = "2nd January"
	hStPatrick     = "St Patrick's Day"
	hGoodFriday    = "Good Friday"
	hEasterMonday  = "Easter Monday"
	hEarlyMay      = "Early May bank holiday"
	hEarlyMayVE50  = "Early May bank holiday (VE day 50th anniversary)"
	hEarlyMayVE    = "Early May bank holiday (VE day)"
	hSpring        = "Spring bank holiday"
	hGoldenJub     = "Golden Jubilee bank holiday"
	hDiamondJub    = "Diamond Jubilee bank holiday"
	hPlatinumJub   = "Platinum Jubilee bank holiday"
	hBoyne         = "Battle of the Boyne (Orangemen's Day)"
	hSummer        = "Summer bank holiday"
	hStateFuneral  = "Bank holiday for the State Funeral of Queen Elizabeth II"
	hStAndrew      = "St Andrew's Day"
	hChristmas     = "Christmas Day"
	hBoxing        = "Boxing Day"
	hMillennium    = "Millennium bank holiday"
	hRoyalWedding  = "Royal wedding bank holiday"
	hCoronation    = "Bank holiday for the coronation of King Charles III"
	substituteNote = " (substitute day)"
)

// OneOffsFrom and OneOffsUntil bound the years whose one-off changes (royal
// events, moved holidays) this package knows. Outside them, BankHolidays and
// friends apply the regular rules only.
const (
	OneOffsFrom  = 1995
	OneOffsUntil = 2035
)

// maxHolidays bounds the holidays of one nation in one year (Northern
// Ireland has ten, plus at most two one-offs).
const maxHolidays = 16

type yearList struct {
	n int
	h [maxHolidays]Holiday
}

func (l *yearList) add(d Date, name string) {
	if l.n < maxHolidays && !d.IsZero() {
		l.h[l.n] = Holiday{Date: d, Name: name}
		l.n++
	}
}

func (l *yearList) has(d Date) bool {
	for i := 0; i < l.n; i++ {
		if l.h[i].Date == d {
			return true
		}
	}
	return false
}

func isWeekend(d Date) bool {
	w := d.Weekday()
	return w == time.Saturday || w == time.Sunday
}

// mkDate builds a date that is known to exist (y within 1–9999).
func mkDate(y int, m time.Month, d int) Date { return Date{n: daysFromCivil(y, int(m), d)} }

// firstMonday and lastMonday of month m in year y.
func firstMonday(y int, m time.Month) Date {
	d := mkDate(y, m, 1)
	return d.AddDays((int(time.Monday) - int(d.Weekday()) + 7) % 7)
}

func lastMonday(y int, m time.Month) Date {
	d := mkDate(y, m, DaysIn(y, m))
	return d.AddDays(-((int(d.Weekday()) - int(time.Monday) + 7) % 7))
}

// easter returns Easter Sunday of year y in the Gregorian calendar (the
// anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
func easter(y int) Date {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return mkDate(y, time.Month(month), day)
}

// fixedHoliday is a fixed-date holiday with the name of its substitute day
// (a constant expression, so no name is built at run time).
type fixedHoliday struct {
	m         time.Month
	d         int
	name, sub string
}

// computeHolidays fills l with the bank holidays of nation n in year y, in date
// order. It does not allocate.
func computeHolidays(n Nation, y int, l *yearList) {
	l.n = 0
	if n < EnglandAndWales || n > NorthernIreland || y < 1 || y > 9999 {
		return
	}
	oneOffs := y >= OneOffsFrom && y <= OneOffsUntil

	// Fixed-date holidays that move to a substitute weekday when they fall
	// at a weekend. They are placed after the others, in date order, each on
	// the first weekday on or after its date that is not already a holiday:
	// so Christmas on a Sunday gives Boxing Day Monday 26 and Christmas
	// (substitute) Tuesday 27, and in Scotland New Year's Day on a Saturday
	// gives Monday 3 and Tuesday 4 January.
	var fx [6]fixedHoliday
	nf := 0
	fx[nf] = fixedHoliday{time.January, 1, hNewYear, hNewYear + substituteNote}
	nf++
	if n == Scotland {
		fx[nf] = fixedHoliday{time.January, 2, hSecondJan, hSecondJan + substituteNote}
		nf++
	}
	if n == NorthernIreland {
		fx[nf] = fixedHoliday{time.March, 17, hStPatrick, hStPatrick + substituteNote}
		fx[nf+1] = fixedHoliday{time.July, 12, hBoyne, hBoyne + substituteNote}
		nf += 2
	}
	// St Andrew's Day Bank Holiday (Scotland) Act 2007: from 2007.
	if n == Scotland && y >= 2007 {
		fx[nf] = fixedHoliday{time.November, 30, hStAndrew, hStAndrew + substituteNote}
		nf++
	}
	fx[nf] = fixedHoliday{time.December, 25, hChristmas, hChristmas + substituteNote}
	fx[nf+1] = fixedHoliday{time.December, 26, hBoxing, hBoxing + substituteNote}
	nf += 2

	// Movable holidays.
	var mv yearList
	e := easter(y)
	mv.add(e.AddDays(-2), hGoodFriday)
	if n != Scotland {
		mv.add(e.AddDays(1), hEasterMonday)
	}
	switch {
	case oneOffs && y == 1995:
		mv.add(mkDate(1995, time.May, 8), hEarlyMayVE50)
	case oneOffs && y == 2020:
		mv.add(mkDate(2020, time.May, 8), hEarlyMayVE)
	default:
		mv.add(firstMonday(y, time.May), hEarlyMay)
	}
	switch {
	case oneOffs && y == 2002:
		mv.add(mkDate(2002, time.June, 3), hGoldenJub)
		mv.add(mkDate(2002, time.June, 4), hSpring)
	case oneOffs && y == 2012:
		mv.add(mkDate(2012, time.June, 4), hSpring)
		mv.add(mkDate(2012, time.June, 5), hDiamondJub)
	case oneOffs && y == 2022:
		mv.add(mkDate(2022, time.June, 2), hSpring)
		mv.add(mkDate(2022, time.June, 3), hPlatinumJub)
	default:
		mv.add(lastMonday(y, time.May), hSpring)
	}
	if n == Scotland {
		mv.add(firstMonday(y, time.August), hSummer)
	} else {
		mv.add(lastMonday(y, time.August), hSummer)
	}
	if oneOffs {
		switch y {
		case 1999:
			mv.add(mkDate(1999, time.December, 31), hMillennium)
		case 2011:
			mv.add(mkDate(2011, time.April, 29), hRoyalWedding)
		case 2022:
			mv.add(mkDate(2022, time.September, 19), hStateFuneral)
		case 2023:
			mv.add(mkDate(2023, time.May, 8), hCoronation)
		}
	}

	// Place fixed holidays on weekdays first, then substitutes.
	*l = mv
	for i := 0; i < nf; i++ {
		if d := mkDate(y, fx[i].m, fx[i].d); !isWeekend(d) {
			l.add(d, fx[i].name)
		}
	}
	for i := 0; i < nf; i++ {
		d := mkDate(y, fx[i].m, fx[i].d)
		if !isWeekend(d) {
			continue
		}
		s := d
		for isWeekend(s) || l.has(s) {
			s = s.AddDays(1)
		}
		l.add(s, fx[i].sub)
	}
	// Insertion sort by date (at most 16 entries).
	for i := 1; i < l.n; i++ {
		for j := i; j > 0 && l.h[j].Date.Before(l.h[j-1].Date); j-- {
			l.h[j], l.h[j-1] = l.h[j-1], l.h[j]
		}
	}
}

// BankHolidays returns the bank holidays of nation n in year, in date
// order, with their English names.
//
// The list is computed by rule: Good Friday (all nations); Easter Monday
// (England and Wales, Northern Ireland; not Scotland); New Year's Day, and
// 2 January in Scotland; the early May bank holiday (first Monday in May);
// the spring bank holiday (last Monday in May); the summer bank holiday
// (first Monday in August in Scotland, last Monday in August elsewhere); St
// Patrick's Day (17 March) and the Battle of the Boyne (12 July) in Northern
// Ireland; St Andrew's Day (30 November) in Scotland from 2007; Christmas
// Day and Boxing Day. A fixed-date holiday that falls on a Saturday or
// Sunday is replaced by the next weekday that is not already a holiday.
//
// The one-off changes made by royal proclamation are known for the years
// OneOffsFrom to OneOffsUntil (1995–2035): 1995 early May moved to 8 May (VE
// day 50th anniversary); 31 December 1999 (millennium); 2002 spring bank
// holiday moved to 4 June with an extra day on 3 June (Golden Jubilee); 29
// April 2011 (royal wedding); 2012 spring bank holiday moved to 4 June with
// an extra day on 5 June (Diamond Jubilee); 2020 early May moved to Friday 8
// May (VE day); 2022 spring bank holiday moved to Thursday 2 June with an
// extra day on Friday 3 June (Platinum Jubilee), and 19 September 2022 (the
// State Funeral of Queen Elizabeth II); 8 May 2023 (coronation of King
// Charles III). Outside 1995–2035 one-off changes are not known: the
// regular rules are applied as they stand today, which may not be the
// holidays actually observed in that year (before 2007 Scotland had no St
// Andrew's Day holiday, and it is omitted).
//
// A future proclamation (a new one-off, or a moved holiday) after this
// package was written is not known either.
//
// The result is nil for NationUnspecified or an invalid nation, and for a
// year outside 1–9999.
func BankHolidays(n Nation, year int) []Holiday {
	var l yearList
	computeHolidays(n, year, &l)
	if l.n == 0 {
		return nil
	}
	out := make([]Holiday, l.n)
	copy(out, l.h[:l.n])
	return out
}

// BankHoliday reports whether d is a bank holiday in nation n, and if so its
// name. The zero Date and NationUnspecified are never bank holidays. It does
// not allocate.
func BankHoliday(n Nation, d Date) (name string, ok bool) {
	if d.IsZero() {
		return "", false
	}
	var l yearList
	computeHolidays(n, d.Year(), &l)
	for i := 0; i < l.n; i++ {
		if l.h[i].Date == d {
			return l.h[i].Name, true
		}
	}
	return "", false
}

// IsWorkingDay reports whether d is a working day in nation n: a Monday to
// Friday that is not a bank holiday there (see BankHolidays). The zero Date
// is not a working day. For NationUnspecified no bank holidays are known,
// so every weekday counts as working; callers that must be fail-safe check
// the nation first. It does not allocate.
func IsWorkingDay(n Nation, d Date) bool {
	if d.IsZero() || isWeekend(d) {
		return false
	}
	_, hol := BankHoliday(n, d)
	return !hol
}

// NextWorkingDay returns d if it is a working day in nation n, or else the
// first working day after d. This is the roll-forward of Reg (EEC,
// Euratom) 1182/71 Art 3(4) as applied to UK time limits (UK GDPR Art 4A;
// DPA 2018 s205(2)). It returns the zero Date for the zero Date, and when
// no working day follows d before MaxDate.
func NextWorkingDay(n Nation, d Date) Date {
	for !d.IsZero() && !IsWorkingDay(n, d) {
		d = d.AddDays(1)
	}
	return d
}
