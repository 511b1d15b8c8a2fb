// Package docstest holds the tests that keep noticekit's documentation
// standing alone and in step with the code:
//
//   - no file in the repository names a file that is not in it (the
//     module ships its own docs/ and cites only them);
//   - docs/api.md lists exactly the exported names go doc shows;
//   - every exported function and method is shown by an Example, or is
//     named in the doc comment of an exported name that has one.
//
// It has no code of its own: everything is in its tests.
package docstest
