package retention

import "strconv"

// Reading a fact column's text as a date, in SQL: the same grammar as
// parseFact (YYYY-MM-DD, or an RFC 3339 timestamp read as its date in
// London), by pattern, arithmetic range checks and the engine's own
// Europe/London zone data.

// match writes a full match of v against a regular expression that means
// the same in PostgreSQL's ARE and DuckDB's RE2 (ASCII classes only).
func (g *sqlGen) match(v, re string) string {
	if g.d == DuckDB {
		return "regexp_full_match(" + v + ", '" + re + "')"
	}
	return v + " ~ '^" + re + "$'"
}

func num(v string, from, n int) string {
	return "CAST(substr(" + v + ", " + strconv.Itoa(from) + ", " + strconv.Itoa(n) + ") AS INTEGER)"
}

// validDate is true when y-m-d is a date of years 1–9999, by arithmetic
// only (no cast that could fail).
func validDate(y, m, d string) string {
	return y + " >= 1 AND " + m + " BETWEEN 1 AND 12 AND " + d + " BETWEEN 1 AND CASE WHEN " + m +
		" = 2 THEN CASE WHEN " + y + " % 4 = 0 AND (" + y + " % 100 <> 0 OR " + y + " % 400 = 0) THEN 29 ELSE 28 END WHEN " +
		m + " IN (4, 6, 9, 11) THEN 30 ELSE 31 END"
}

const (
	reDate      = `[0-9]{4}-[0-9]{2}-[0-9]{2}`
	reTimestamp = `[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})`
)

// factDate reads the text v as a date: YYYY-MM-DD, or an RFC 3339
// timestamp (RFC 3339 §5.6) as its date in London; NULL otherwise. Every
// cast runs only after the text has matched its pattern (CASE, not AND,
// since neither engine promises to evaluate AND from left to right).
func (g *sqlGen) factDate(v string) string {
	y, m, d := num(v, 1, 4), num(v, 6, 2), num(v, 9, 2)
	h, mi, sec := num(v, 12, 2), num(v, 15, 2), num(v, 18, 2)
	zulu := "upper(substr(" + v + ", length(" + v + "), 1)) = 'Z'"
	oh := "CAST(substr(" + v + ", length(" + v + ") - 4, 2) AS INTEGER)"
	om := "CAST(substr(" + v + ", length(" + v + ") - 1, 2) AS INTEGER)"
	off := "CASE WHEN " + zulu + " THEN 0 ELSE CASE WHEN substr(" + v + ", length(" + v + ") - 5, 1) = '-' THEN -1 ELSE 1 END * (" + oh + " * 60 + " + om + ") END"
	offOK := "CASE WHEN " + zulu + " THEN TRUE ELSE " + oh + " <= 23 AND " + om + " <= 59 END"
	// Second 60 is a leap second only at 23:59:60 UTC on 30 June or 31
	// December: the time moved to UTC by the offset is 23:59 (minute of
	// the day 1439) on one of those days, or, if the offset carries it
	// back over midnight (minute -1), the local date is 1 July or 1
	// January. It belongs to the UTC day it ends, so it is read as :59.
	// Fractions never change the date.
	utcMin := "(" + h + " * 60 + " + mi + " - (" + off + "))"
	leapOK := "CASE WHEN " + sec + " <> 60 THEN TRUE WHEN " + utcMin + " = 1439 THEN (" + m + " = 6 AND " + d + " = 30) OR (" + m + " = 12 AND " + d + " = 31)" +
		" WHEN " + utcMin + " = -1 THEN (" + m + " = 7 AND " + d + " = 1) OR (" + m + " = 1 AND " + d + " = 1) ELSE FALSE END"
	local := "make_timestamp(" + y + ", " + m + ", " + d + ", " + h + ", " + mi + ", LEAST(" + sec + ", 59))"
	var london string
	if g.d == DuckDB {
		london = "CAST(timezone('Europe/London', timezone('UTC', " + local + " - to_minutes(" + off + "))) AS DATE)"
	} else {
		london = "CAST((" + local + " - make_interval(mins => " + off + ")) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/London' AS DATE)"
	}
	return "CASE WHEN length(" + v + ") = 10 THEN CASE WHEN " + g.match(v, reDate) + " THEN CASE WHEN " + validDate(y, m, d) +
		" THEN make_date(" + y + ", " + m + ", " + d + ") END END" +
		"\n    WHEN length(" + v + ") BETWEEN 20 AND 64 THEN CASE WHEN " + g.match(v, reTimestamp) + " THEN CASE WHEN " +
		validDate(y, m, d) + " AND " + h + " <= 23 AND " + mi + " <= 59 AND " + sec + " <= 60 AND " + offOK + " AND " + leapOK +
		"\n      THEN " + london + " END END END"
}
