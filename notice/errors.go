package notice

import "github.com/noticekit/noticekit/internal/enum"

// UnknownCodeError is the error of [ParseSeverity], the Parse functions of
// the notice's code sets (such as [ParseSharing]) and the UnmarshalText
// methods of their types, for a code that is well formed but not in its
// set: so [Parse] reports an unknown code in a notice with it. Its fields
// are Kind, the name of the set (such as "sharing"); Code, what was given;
// and Allowed, every valid code in table order. Its message lists them.
// Find it with [errors.As].
//
// It is one type under the same name in every noticekit package that
// parses codes (civil, lawfulbasis, rights, retention, notice), so a single
// errors.As finds an unknown code from any of them.
type UnknownCodeError = enum.UnknownError
