package retention

import "github.com/noticekit/noticekit/internal/enum"

// UnknownCodeError is the error of [ParseAction], [ParseCutoff],
// [ParseCounting], [ParseOutcome], [ParseReason], [ParseDialect] and the
// UnmarshalText methods of their types for a code that is well formed but
// not in its set. Its fields are Kind,
// the name of the set (such as "outcome"); Code, what was given; and Allowed,
// every valid code in table order. Its message lists them. Find it with
// [errors.As].
//
// It is one type under the same name in every noticekit package that
// parses codes (civil, lawfulbasis, rights, retention, notice), so a single
// errors.As finds an unknown code from any of them.
type UnknownCodeError = enum.UnknownError
