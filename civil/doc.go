// Package civil holds calendar dates in UK time: the dates on which a
// request was received, a deadline falls, a record may be deleted.
//
// A [Date] is a day with no time of day and no zone. It is a small comparable
// value (a day number), so == compares days, [Date.Compare] orders them, and
// [Date.Sub] and [Date.AddDays] are integer arithmetic. Dates are written
// YYYY-MM-DD ([Parse], [Date.String], and text marshalling for JSON).
//
// # Dates in UK time
//
// noticekit answers in UK time: Greenwich Mean Time in winter and British
// Summer Time in summer. A timestamp is therefore turned
// into a Date once, at the edge, with [Of] or [ParseTimestamp], which read it in
// Europe/London. 2026-05-31T23:30:00Z is 00:30 BST on 1 June, so its Date is
// 2026-06-01; 2026-12-31T23:30:00Z is in GMT and stays 31 December. The
// zone data is embedded in the package ([London]), so the answer never
// depends on the host's zone files or environment.
//
// [ParseTimestamp] reads exactly the date-time grammar of RFC 3339 §5.6,
// not time.Parse's looser one: offsets -23:59 to +23:59, a "." before a
// fraction, a second of 60 only where a leap second can fall. A timestamp
// the grammar refuses is an error, never a date a day out. The grammar is
// tested against an independent reference by a table and a fuzz target.
//
// Nothing in the package reads the clock except [Today], which is for
// command-line defaults. Library code takes "today" as an argument.
//
// # Corresponding dates
//
// A period of months or years ends on the corresponding date: the same day
// of the month, months later, or the last day of the target month when that
// day does not exist there. This is the ICO's counting method for the
// one-month response period (docs/law.md §7.1, verified); that Reg 1182/71 Art 3
// says the same is marked unverified in the reference. [Date.AddMonths] and
// [Date.AddYears] implement it:
//
//	2026-01-31 + 1 month  = 2026-02-28
//	2024-01-31 + 1 month  = 2024-02-29
//	2024-02-29 + 1 year   = 2025-02-28
//	2026-03-31 − 1 month  = 2026-02-28
//
// Never use time.Time.AddDate for years or months: it normalises an
// overflowing day into the next month, so 31 January plus one month is 3
// March (2 March in a leap year), and 29 February 2024 plus one year is 1
// March 2025. A deadline computed that way is late, and a retention period
// computed that way keeps, or deletes, on the wrong day. AddMonths adds
// years and months together before it clamps, so the clamp happens once.
// Days are days: AddDays, never a time.Duration, which is wrong by an hour
// across a clock change.
//
// # The zero Date
//
// The zero Date means "unknown" or "none". IsZero reports it, String gives
// "", and it sorts before every known date. Arithmetic on it gives the zero
// Date again, and so does any result outside 0001-01-01 to 9999-12-31
// ([MinDate] to [MaxDate]), so an unknown or impossible date cannot silently
// become a real one. Callers that decide anything (a deadline, a deletion)
// must check [Date.IsZero] and fail safe. Parsing never yields the zero Date
// without an error, and UnmarshalText rejects the empty string: a date that
// is present must be a date.
//
// # Bank holidays
//
// Working days ([IsWorkingDay], [NextWorkingDay]) and the bank holidays of
// each UK [Nation] ([BankHolidays], [BankHoliday]) are in this package too,
// for periods that end on the next working day. One-off changes (royal
// events, moved holidays) are known from [OneOffsFrom] to [OneOffsUntil];
// outside those years only the regular rules apply.
package civil
