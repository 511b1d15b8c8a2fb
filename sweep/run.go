package sweep

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"sync"

	"github.com/noticekit/noticekit/strict"
)

// A batch is a run of consecutive lines of one input: read by the reader,
// decided by a worker, written by the writer in input order.
const (
	batchLines = 2048      // at most this many lines
	batchBytes = 256 << 10 // or about this many bytes of lines
)

// line is one line of a batch: data[start:end] of the batch, without its
// line ending. A line longer than the limit keeps only its first
// Limits.MaxLine bytes (enough to find its id) and is marked long.
type line struct {
	end  int
	long bool
}

type batch struct {
	data   []byte // the lines, back to back
	lines  []line
	first  int64  // the number of the first line in its input
	out    []byte // the decisions, written by a worker
	counts Counts // of the decisions in out
	n      int64  // decisions in out
	done   chan struct{}
}

func newBatch() *batch { return &batch{done: make(chan struct{}, 1)} }

// newFullBatch makes a batch of the pipeline's pool with room for a full
// batch of lines and their decisions, so that its buffers do not grow (and
// copy) batch by batch: with two workers this halves the bytes a large
// sweep allocates, and with them the garbage collector's cycles. (The
// first batch, which a small input never goes beyond, starts empty.)
func newFullBatch() *batch {
	return &batch{
		data:  make([]byte, 0, batchBytes+4<<10),
		lines: make([]line, 0, batchLines),
		out:   make([]byte, 0, 4*batchBytes),
		done:  make(chan struct{}, 1),
	}
}

func (b *batch) reset() {
	b.data, b.lines, b.out = b.data[:0], b.lines[:0], b.out[:0]
	b.counts, b.n = Counts{}, 0
}

// reader splits an input into batches of lines.
type reader struct {
	sw     *Sweep
	in     *input
	br     *bufio.Reader
	header *decoder // reads the CSV header
}

var bom = []byte{0xEF, 0xBB, 0xBF}

// fill reads lines into b (reset) until it is full, the input ends, or
// reading on might block with lines waiting (so that a slow stream gets
// its decisions as its lines arrive). It returns false at the end of the
// input or on an error.
func (rd *reader) fill(b *batch) (more bool, err error) {
	b.reset()
	b.first = rd.in.lines + 1
	for len(b.lines) < batchLines && len(b.data) < batchBytes {
		if len(b.lines) > 0 && rd.br.Buffered() == 0 {
			return true, nil
		}
		l, err := rd.br.ReadSlice('\n')
		long := false
		if errors.Is(err, bufio.ErrBufferFull) {
			long = true
			b.data = append(b.data, l[:rd.sw.maxLine]...) // keep the start: it may hold the id
			l = b.data[len(b.data)-rd.sw.maxLine:]        // the reads below overwrite the buffer
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = rd.br.ReadSlice('\n') // skip the rest without keeping it
			}
		}
		if err != nil && err != io.EOF {
			return false, err
		}
		if !long {
			if len(l) == 0 && err == io.EOF {
				return false, nil
			}
			l = bytes.TrimSuffix(l, []byte{'\n'})
			l = bytes.TrimSuffix(l, []byte{'\r'})
			if len(l) > rd.sw.maxLine { // the buffer holds a line ending and more
				long = true
				b.data = append(b.data, l[:rd.sw.maxLine]...)
				l = b.data[len(b.data)-rd.sw.maxLine:]
			}
		}
		rd.in.lines++
		if rd.in.lines == 1 {
			if !long {
				l = bytes.TrimPrefix(l, bom)
			}
			if rd.in.format == Auto {
				rd.in.format = JSONLines
				if bytes.HasPrefix(bytes.TrimPrefix(l, bom), []byte("id,")) {
					rd.in.format = CSV
				}
			}
			if rd.in.format == CSV {
				if long {
					b.data = b.data[:len(b.data)-len(l)]
					rd.in.header.bad = "header (line 1): line longer than " + itoa(rd.sw.maxLine) + " bytes; expected a header id,rule,holds,<facts>"
				} else {
					rd.in.header = rd.header.readHeader(l)
				}
				if m := rd.in.header.missing; len(m) > 0 && rd.sw.opt.Warn != nil {
					rd.sw.opt.Warn(rd.sw.missingColumns(rd.in.name, m))
				}
				b.first++
				if err == io.EOF {
					return false, nil
				}
				continue
			}
		}
		if !long {
			b.data = append(b.data, l...)
		}
		b.lines = append(b.lines, line{end: len(b.data), long: long})
		if err == io.EOF {
			return false, nil
		}
	}
	return true, nil
}

// missingColumns is the warning about a CSV header with no column for the
// schedule's facts missing.
func (sw *Sweep) missingColumns(input string, missing []string) strict.Problem {
	msg := "no column for the schedule's fact(s) " + strings.Join(missing, ", ")
	if sw.opt.AbsentMeansNotHappened {
		msg += "; read as not happened in every row (absent means not happened)"
	} else {
		msg += "; unknown in every row, so each row whose rule uses one is cannot-evaluate"
	}
	return strict.Problem{Input: input, Line: 1, Message: msg}
}

// run decides one input: on the calling goroutine while it fits in one
// batch or Workers is 1, otherwise with a reader (this goroutine), workers
// and a writer.
func (sw *Sweep) run(ctx context.Context, in *input, r io.Reader, w io.Writer) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if sw.opt.Output == CSV && !sw.wroteHead {
		sw.wroteHead = true
		if err := sw.write(w, []byte(CSVHeader+"\n")); err != nil {
			return err
		}
	}
	rd := &reader{sw: sw, in: in, br: bufio.NewReaderSize(r, max(sw.maxLine+2, 16))} // the line, CR and LF
	rd.header = sw.newDecoder(in)
	b := newBatch()
	more, rerr := rd.fill(b)
	if !more || sw.opt.Workers == 1 {
		d := rd.header
		for {
			d.decide(b)
			if err := sw.emit(w, in, b); err != nil {
				return err
			}
			if !more || rerr != nil {
				return rerr
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			more, rerr = rd.fill(b)
		}
	}
	return sw.pipeline(ctx, rd, b, rerr, w)
}

// pipeline decides the rest of an input with Workers goroutines, the
// first batch already read. Batches circulate through a fixed pool, so
// memory does not grow with the input; the writer takes them in the order
// they were read.
func (sw *Sweep) pipeline(ctx context.Context, rd *reader, b *batch, rerr error, w io.Writer) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	n := 2*sw.opt.Workers + 2
	free := make(chan *batch, n)
	for range n - 1 {
		free <- newFullBatch()
	}
	work := make(chan *batch, n)
	order := make(chan *batch, n)
	var wg sync.WaitGroup
	for range sw.opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := sw.newDecoder(rd.in)
			for b := range work {
				d.decide(b)
				b.done <- struct{}{}
			}
		}()
	}
	werr := make(chan error, 1)
	go func() {
		var err error
		for b := range order {
			<-b.done
			if err == nil {
				if err = ctx.Err(); err == nil {
					err = sw.emit(w, rd.in, b)
				}
				if err != nil {
					cancel() // stop the reader; keep draining
				}
			}
			free <- b
		}
		werr <- err
	}()
	more := rerr == nil
	for {
		work <- b
		order <- b
		if !more || ctx.Err() != nil {
			break
		}
		select {
		case b = <-free:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		if more, rerr = rd.fill(b); len(b.lines) == 0 {
			free <- b
			break
		}
	}
	close(work)
	close(order)
	err := <-werr
	wg.Wait()
	var we *WriteError
	switch {
	case errors.As(err, &we):
		return err
	case err != nil: // the writer saw ctx cancelled
		return err
	case rerr != nil:
		return rerr
	}
	return ctx.Err()
}

// emit writes a decided batch and accounts for it.
func (sw *Sweep) emit(w io.Writer, in *input, b *batch) error {
	if len(b.out) > 0 {
		if err := sw.write(w, b.out); err != nil {
			return err
		}
	}
	in.records += b.n
	for i, c := range b.counts {
		in.counts[i] += c
	}
	sw.decided.Add(b.n)
	return nil
}

// write writes p to w and calls Options.Flush.
func (sw *Sweep) write(w io.Writer, p []byte) error {
	if _, err := w.Write(p); err != nil {
		return &WriteError{err}
	}
	if sw.opt.Flush != nil {
		if err := sw.opt.Flush(); err != nil {
			return &WriteError{err}
		}
	}
	return nil
}
