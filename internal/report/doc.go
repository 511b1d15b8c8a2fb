// Package report builds the values that the noticekit command prints with
// --json and that noticekit serve returns as JSON bodies, so that one
// implementation serves both and the two cannot drift apart.
//
// # Values
//
// [Validate] gives a [Validation] for one document (a notice, or a
// retention schedule when its "$schema" says so); [CheckNotice] gives a
// [Check] with the findings of notice.CheckWith; [Rights] is the answer to
// "which rights apply". Every problem is a [Problem]: a JSON pointer, the
// line and column (in characters) and a message. [Encode] writes any of
// them the way the command does: indented by two spaces, without HTML
// escaping, ending in a newline.
//
// # Schedules
//
// [CompileSchedule] validates a retention schedule against its schema,
// reads it strictly and compiles it, returning every problem with its place;
// [ProblemsOf] turns any error about a document into located problems.
package report
