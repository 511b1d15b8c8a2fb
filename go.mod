module github.com/noticekit/noticekit

go 1.26
