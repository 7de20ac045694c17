// Package bufio implements buffered I/O, as Go's bufio: a Reader and a Writer
// that wrap an io.Reader or io.Writer with a buffer, and a Scanner that splits
// input into tokens. Buffer sizes, growth and the sequence of calls made on
// the wrapped reader or writer follow gc's, so programs observe the same
// results, errors and partial reads.
package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

const defaultBufferSize = 4096

// minReadBufferSize is the smallest buffer a Reader accepts.
const minReadBufferSize = 16

// maxConsecutiveEmptyReads bounds the reads that return no data and no error
// before a Reader or Scanner gives up with io.ErrNoProgress.
const maxConsecutiveEmptyReads = 100

// Errors of the Reader and the Writer.
var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

var errNegativeRead = errors.New("bufio: reader returned negative count from Read")

// Reader implements buffering for an io.Reader object.
// Invariant: 0 <= r <= w <= len(buf); buf[r:w] holds the unread bytes.
type Reader struct {
	buf          []byte
	rd           io.Reader
	r, w         int
	err          error // the reader's error, returned once the buffer is drained
	lastByte     int   // the last byte read, for UnreadByte; -1 when invalid
	lastRuneSize int   // the size of the last rune read, for UnreadRune; -1 when invalid
}

// NewReaderSize returns a new Reader whose buffer has at least the specified size.
// If rd is already a Reader with a large enough buffer, it returns rd.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if existing, ok := rd.(*Reader); ok && len(existing.buf) >= size {
		return existing
	}
	if size < minReadBufferSize {
		size = minReadBufferSize
	}
	r := new(Reader)
	r.reset(make([]byte, size), rd)
	return r
}

// NewReader returns a new Reader whose buffer has the default size.
func NewReader(rd io.Reader) *Reader {
	return NewReaderSize(rd, defaultBufferSize)
}

// Size returns the size of the underlying buffer in bytes.
func (b *Reader) Size() int { return len(b.buf) }

// Reset discards any buffered data, resets all state, and switches the
// buffered reader to read from r.
func (b *Reader) Reset(r io.Reader) {
	if b == r {
		return
	}
	if b.buf == nil {
		b.buf = make([]byte, defaultBufferSize)
	}
	b.reset(b.buf, r)
}

func (b *Reader) reset(buf []byte, r io.Reader) {
	*b = Reader{buf: buf, rd: r, lastByte: -1, lastRuneSize: -1}
}

// fill moves the unread bytes to the front of the buffer and reads one new chunk.
func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for attempts := maxConsecutiveEmptyReads; attempts > 0; attempts-- {
		n, err := b.rd.Read(b.buf[b.w:])
		if n < 0 {
			panic(errNegativeRead)
		}
		b.w += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

// readErr returns the pending error and clears it.
func (b *Reader) readErr() error {
	err := b.err
	b.err = nil
	return err
}

// Buffered returns the number of bytes that can be read from the current buffer.
func (b *Reader) Buffered() int { return b.w - b.r }

// Peek returns the next n bytes without advancing the reader.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.lastByte = -1
	b.lastRuneSize = -1
	for b.w-b.r < n && b.w-b.r < len(b.buf) && b.err == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.r:b.w], ErrBufferFull
	}
	var err error
	if available := b.w - b.r; available < n {
		n = available
		err = b.readErr()
		if err == nil {
			err = ErrBufferFull
		}
	}
	return b.buf[b.r : b.r+n], err
}

// Discard skips the next n bytes, returning the number of bytes discarded.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return
	}
	b.lastByte = -1
	b.lastRuneSize = -1
	remaining := n
	for {
		skip := b.Buffered()
		if skip == 0 {
			b.fill()
			skip = b.Buffered()
		}
		if skip > remaining {
			skip = remaining
		}
		b.r += skip
		remaining -= skip
		if remaining == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - remaining, b.readErr()
		}
	}
}

// Read reads data into p, calling the underlying reader at most once.
func (b *Reader) Read(p []byte) (n int, err error) {
	n = len(p)
	if n == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.readErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		if len(p) >= len(b.buf) {
			// A large read goes straight into p, avoiding a copy.
			n, b.err = b.rd.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.lastByte = int(p[n-1])
				b.lastRuneSize = -1
			}
			return n, b.readErr()
		}
		b.r = 0
		b.w = 0
		n, b.err = b.rd.Read(b.buf)
		if n < 0 {
			panic(errNegativeRead)
		}
		if n == 0 {
			return 0, b.readErr()
		}
		b.w += n
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = -1
	return n, nil
}

// ReadByte reads and returns a single byte.
func (b *Reader) ReadByte() (byte, error) {
	b.lastRuneSize = -1
	for b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	b.lastByte = int(c)
	return c, nil
}

// UnreadByte unreads the last byte.
func (b *Reader) UnreadByte() error {
	if b.lastByte < 0 || b.r == 0 && b.w > 0 {
		return ErrInvalidUnreadByte
	}
	if b.r > 0 {
		b.r--
	} else {
		// The buffer is empty: the unread byte becomes its only content.
		b.w = 1
	}
	b.buf[b.r] = byte(b.lastByte)
	b.lastByte = -1
	b.lastRuneSize = -1
	return nil
}

// ReadRune reads a single UTF-8 encoded Unicode character and returns the
// rune and its size in bytes. An invalid encoding reads one byte as U+FFFD.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.r+utf8.UTFMax > b.w && !utf8.FullRune(b.buf[b.r:b.w]) && b.err == nil && b.w-b.r < len(b.buf) {
		b.fill()
	}
	b.lastRuneSize = -1
	if b.r == b.w {
		return 0, 0, b.readErr()
	}
	r, size = rune(b.buf[b.r]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	}
	b.r += size
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = size
	return r, size, nil
}

// UnreadRune unreads the last rune; only valid right after ReadRune.
func (b *Reader) UnreadRune() error {
	if b.lastRuneSize < 0 || b.r < b.lastRuneSize {
		return ErrInvalidUnreadRune
	}
	b.r -= b.lastRuneSize
	b.lastByte = -1
	b.lastRuneSize = -1
	return nil
}

// ReadSlice reads until the first occurrence of delim in the input, returning
// a slice pointing at the bytes in the buffer (valid until the next read).
// It fails with ErrBufferFull if the buffer fills without a delim.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0
	for {
		if i := bytes.IndexByte(b.buf[b.r+searched:b.w], delim); i >= 0 {
			i += searched
			line = b.buf[b.r : b.r+i+1]
			b.r += i + 1
			break
		}
		if b.err != nil {
			line = b.buf[b.r:b.w]
			b.r = b.w
			err = b.readErr()
			break
		}
		if b.Buffered() >= len(b.buf) {
			b.r = b.w
			line = b.buf
			err = ErrBufferFull
			break
		}
		searched = b.w - b.r
		b.fill()
	}
	if last := len(line) - 1; last >= 0 {
		b.lastByte = int(line[last])
		b.lastRuneSize = -1
	}
	return
}

// ReadLine is a low-level line-reading primitive; the line excludes the end
// of line ("\n" or "\r\n"), and isPrefix is set when the line did not fit.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		// Keep a trailing '\r' in the buffer: it may start a "\r\n".
		if len(line) > 0 && line[len(line)-1] == '\r' {
			if b.r == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.r--
			line = line[:len(line)-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return
	}
	err = nil
	if line[len(line)-1] == '\n' {
		drop := 1
		if len(line) > 1 && line[len(line)-2] == '\r' {
			drop = 2
		}
		line = line[:len(line)-drop]
	}
	return
}

// collectFragments reads until delim, returning the full buffers it filled on
// the way, the final fragment, the total length and the error.
func (b *Reader) collectFragments(delim byte) (fullBuffers [][]byte, finalFragment []byte, totalLen int, err error) {
	for {
		fragment, e := b.ReadSlice(delim)
		if e == nil {
			finalFragment = fragment
			break
		}
		if e != ErrBufferFull {
			finalFragment = fragment
			err = e
			break
		}
		saved := make([]byte, len(fragment))
		copy(saved, fragment)
		fullBuffers = append(fullBuffers, saved)
		totalLen += len(saved)
	}
	totalLen += len(finalFragment)
	return
}

// ReadBytes reads until the first occurrence of delim, returning the data up
// to and including it; err != nil exactly when the data does not end in delim.
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	fullBuffers, finalFragment, totalLen, err := b.collectFragments(delim)
	out := make([]byte, totalLen)
	n := 0
	for _, full := range fullBuffers {
		n += copy(out[n:], full)
	}
	copy(out[n:], finalFragment)
	return out, err
}

// ReadString reads until the first occurrence of delim, returning the data up
// to and including it; err != nil exactly when the data does not end in delim.
func (b *Reader) ReadString(delim byte) (string, error) {
	fullBuffers, finalFragment, totalLen, err := b.collectFragments(delim)
	out := make([]byte, 0, totalLen)
	for _, full := range fullBuffers {
		out = append(out, full...)
	}
	out = append(out, finalFragment...)
	return string(out), err
}

// WriteTo writes the buffered data and then the rest of the underlying reader
// to w, handing the rest to the reader's WriteTo or the writer's ReadFrom when
// either exists, as gc does.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.lastByte = -1
	b.lastRuneSize = -1
	n, err = b.writeBuffered(w)
	if err != nil {
		return
	}
	if writerTo, ok := b.rd.(io.WriterTo); ok {
		m, err := writerTo.WriteTo(w)
		return n + m, err
	}
	if readerFrom, ok := w.(io.ReaderFrom); ok {
		m, err := readerFrom.ReadFrom(b.rd)
		return n + m, err
	}
	if b.w-b.r < len(b.buf) {
		b.fill()
	}
	for b.r < b.w {
		m, err := b.writeBuffered(w)
		n += m
		if err != nil {
			return n, err
		}
		b.fill()
	}
	if b.err == io.EOF {
		b.err = nil
	}
	return n, b.readErr()
}

var errNegativeWrite = errors.New("bufio: writer returned negative count from Write")

// writeBuffered writes the unread bytes of the buffer to w.
func (b *Reader) writeBuffered(w io.Writer) (int64, error) {
	n, err := w.Write(b.buf[b.r:b.w])
	if n < 0 {
		panic(errNegativeWrite)
	}
	b.r += n
	return int64(n), err
}

// Writer implements buffering for an io.Writer object. After a write error,
// every later write and Flush returns that error.
type Writer struct {
	err error
	buf []byte
	n   int // bytes buffered: buf[:n]
	wr  io.Writer
}

// NewWriterSize returns a new Writer whose buffer has at least the specified size.
func NewWriterSize(w io.Writer, size int) *Writer {
	if existing, ok := w.(*Writer); ok && len(existing.buf) >= size {
		return existing
	}
	if size <= 0 {
		size = defaultBufferSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

// NewWriter returns a new Writer whose buffer has the default size.
func NewWriter(w io.Writer) *Writer {
	return NewWriterSize(w, defaultBufferSize)
}

// Size returns the size of the underlying buffer in bytes.
func (b *Writer) Size() int { return len(b.buf) }

// Reset discards any unflushed buffered data, clears any error, and resets b
// to write its output to w.
func (b *Writer) Reset(w io.Writer) {
	if b == w {
		return
	}
	if b.buf == nil {
		b.buf = make([]byte, defaultBufferSize)
	}
	b.err = nil
	b.n = 0
	b.wr = w
}

// Flush writes any buffered data to the underlying io.Writer.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.wr.Write(b.buf[0:b.n])
	if n < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		if n > 0 && n < b.n {
			copy(b.buf[0:b.n-n], b.buf[n:b.n])
		}
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

// Available returns how many bytes are unused in the buffer.
func (b *Writer) Available() int { return len(b.buf) - b.n }

// AvailableBuffer returns an empty buffer with b.Available() capacity.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.n:][:0] }

// Buffered returns the number of bytes that have been written into the current buffer.
func (b *Writer) Buffered() int { return b.n }

// Write writes the contents of p into the buffer, flushing as needed.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 {
			// A large write with an empty buffer goes straight through.
			n, b.err = b.wr.Write(p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	nn += n
	return nn, nil
}

// WriteByte writes a single byte.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune writes a single Unicode code point, returning the number of bytes written.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if uint32(r) < utf8.RuneSelf {
		err = b.WriteByte(byte(r))
		if err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	room := b.Available()
	if room < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		room = b.Available()
		if room < utf8.UTFMax {
			// The buffer is smaller than a rune.
			return b.WriteString(string(r))
		}
	}
	size = utf8.EncodeRune(b.buf[b.n:], r)
	b.n += size
	return size, nil
}

// WriteString writes a string, flushing as needed.
func (b *Writer) WriteString(s string) (int, error) {
	var stringWriter io.StringWriter
	tryStringWriter := true
	nn := 0
	for len(s) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 && stringWriter == nil && tryStringWriter {
			stringWriter, tryStringWriter = b.wr.(io.StringWriter)
		}
		if b.Buffered() == 0 && tryStringWriter {
			n, b.err = stringWriter.WriteString(s)
		} else {
			n = copy(b.buf[b.n:], s)
			b.n += n
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	nn += n
	return nn, nil
}

// ReadFrom reads data from r until EOF and writes it through the buffer.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	readerFrom, hasReadFrom := b.wr.(io.ReaderFrom)
	var m int
	for {
		if b.Available() == 0 {
			if flushErr := b.Flush(); flushErr != nil {
				return n, flushErr
			}
		}
		if hasReadFrom && b.Buffered() == 0 {
			nn, e := readerFrom.ReadFrom(r)
			b.err = e
			n += nn
			return n, e
		}
		emptyReads := 0
		for emptyReads < maxConsecutiveEmptyReads {
			m, err = r.Read(b.buf[b.n:])
			if m != 0 || err != nil {
				break
			}
			emptyReads++
		}
		if emptyReads == maxConsecutiveEmptyReads {
			return n, io.ErrNoProgress
		}
		b.n += m
		n += int64(m)
		if err != nil {
			break
		}
	}
	if err == io.EOF {
		if b.Available() == 0 {
			err = b.Flush()
		} else {
			err = nil
		}
	}
	return n, err
}

// ReadWriter stores pointers to a Reader and a Writer.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter allocates a new ReadWriter that dispatches to r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter {
	return &ReadWriter{r, w}
}
