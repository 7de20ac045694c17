// Package tabwriter implements a write filter that aligns tab-terminated cells of
// adjacent lines into columns (the elastic tabstops algorithm), as Go's
// text/tabwriter does, flags and escapes included.
package tabwriter

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// Formatting flags.
const (
	// FilterHTML ignores HTML tags and treats entities (such as '&amp;') as one character.
	FilterHTML uint = 1 << iota
	// StripEscape strips Escape characters bracketing escaped text segments.
	StripEscape
	// AlignRight forces right-alignment of cell content.
	AlignRight
	// DiscardEmptyColumns handles empty columns as if they were not present.
	DiscardEmptyColumns
	// TabIndent always uses tabs for indentation columns (leading empty cells).
	TabIndent
	// Debug prints a vertical bar ('|') between columns (after formatting).
	Debug
)

// Escape brackets text that must pass through unchanged and count as a unit.
const Escape = '\xff'

// A cell is the text of one cell and its width in runes; htab tells whether a
// horizontal tab (rather than '\v' or a line end) terminated it.
type cell struct {
	text  []byte
	width int
	htab  bool
}

// A Writer is a filter that pads tab-terminated cells into aligned columns. Text
// is buffered until a line without tabs, a form feed or Flush ends a block.
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padchar  byte
	flags    uint

	lines   [][]cell // the buffered lines; the last one is still open
	current cell     // the unterminated cell at the end of the text
	counted int      // how many bytes of current.text its width accounts for
	endChar byte     // the byte that closes the escape being read, or 0
	widths  []int    // the widths of the enclosing columns while formatting
}

// writeError carries an error of the underlying writer out of the formatting code.
type writeError struct{ err error }

// NewWriter allocates and initializes a new Writer (see Init).
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// Init sets up w to write to output: a column is at least minwidth wide including
// padding cells of padding padchar bytes; tabwidth is the width of a tab when
// padchar is '\t' (which also disables AlignRight).
func (w *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	w.output = output
	w.minwidth = minwidth
	w.tabwidth = tabwidth
	w.padding = padding
	w.padchar = padchar
	if padchar == '\t' {
		flags &^= AlignRight
	}
	w.flags = flags
	w.reset()
	return w
}

func (w *Writer) reset() {
	w.lines = [][]cell{nil}
	w.current = cell{}
	w.counted = 0
	w.endChar = 0
	w.widths = w.widths[:0]
}

func (w *Writer) emit(p []byte) {
	n, err := w.output.Write(p)
	if n != len(p) && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(writeError{err})
	}
}

// emitRepeated writes count copies of the byte c.
func (w *Writer) emitRepeated(c byte, count int) {
	if count <= 0 {
		// gc still makes one empty write here.
		w.emit(nil)
		return
	}
	chunk := make([]byte, min(count, 8))
	for i := range chunk {
		chunk[i] = c
	}
	for count > len(chunk) {
		w.emit(chunk)
		count -= len(chunk)
	}
	w.emit(chunk[:count])
}

// pad fills a cell holding textWidth runes up to cellWidth, with tabs when the
// pad character is a tab or when useTabs asks for tab indentation.
func (w *Writer) pad(textWidth, cellWidth int, useTabs bool) {
	if w.padchar == '\t' || useTabs {
		if w.tabwidth == 0 {
			// Tabs have no width then: no padding is possible.
			return
		}
		cellWidth = (cellWidth + w.tabwidth - 1) / w.tabwidth * w.tabwidth
		w.emitRepeated('\t', (cellWidth-textWidth+w.tabwidth-1)/w.tabwidth)
		return
	}
	w.emitRepeated(w.padchar, cellWidth-textWidth)
}

// writeLines prints lines [first, end) with the current column widths.
func (w *Writer) writeLines(first, end int) {
	for i := first; i < end; i++ {
		// Leading empty cells are indentation: tabs when TabIndent is set.
		indenting := w.flags&TabIndent != 0
		for j, c := range w.lines[i] {
			if j > 0 && w.flags&Debug != 0 {
				w.emit([]byte{'|'})
			}
			hasWidth := j < len(w.widths)
			switch {
			case len(c.text) == 0:
				if hasWidth {
					w.pad(c.width, w.widths[j], indenting)
				}
			case w.flags&AlignRight == 0:
				indenting = false
				w.emit(c.text)
				if hasWidth {
					w.pad(c.width, w.widths[j], false)
				}
			default:
				indenting = false
				if hasWidth {
					w.pad(c.width, w.widths[j], false)
				}
				w.emit(c.text)
			}
		}
		if i+1 == len(w.lines) {
			// The open last line ends with the unterminated cell, not a newline.
			w.emit(w.current.text)
		} else {
			w.emit([]byte{'\n'})
		}
	}
}

// format prints lines [first, end): each run of lines that has a cell in the
// next column (one that is not the line's last cell) is a block whose width is
// fixed, and is formatted recursively for the columns after it.
func (w *Writer) format(first, end int) {
	column := len(w.widths)
	for i := first; i < end; i++ {
		if column >= len(w.lines[i])-1 {
			continue
		}
		w.writeLines(first, i)
		first = i
		width := w.minwidth
		// A column of empty cells that no tab terminated can be discarded.
		discardable := true
		for ; i < end && column < len(w.lines[i])-1; i++ {
			c := w.lines[i][column]
			width = max(width, c.width+w.padding)
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && w.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		w.widths = append(w.widths, width)
		w.format(first, i)
		w.widths = w.widths[:len(w.widths)-1]
		first = i
	}
	w.writeLines(first, end)
}

// addText appends text to the current cell without counting its width yet.
func (w *Writer) addText(text []byte) {
	w.current.text = append(w.current.text, text...)
}

// countWidth adds the runes of the current cell's uncounted text to its width.
func (w *Writer) countWidth() {
	w.current.width += utf8.RuneCount(w.current.text[w.counted:])
	w.counted = len(w.current.text)
}

func (w *Writer) endEscape() {
	switch w.endChar {
	case Escape:
		w.countWidth()
		if w.flags&StripEscape == 0 {
			// The two Escape bytes were counted as runes but take no room.
			w.current.width -= 2
		}
	case ';':
		// An HTML entity is one character wide; a tag ('>') has no width.
		w.current.width++
	}
	w.counted = len(w.current.text)
	w.endChar = 0
}

// endCell closes the current cell and returns how many cells its line now has.
func (w *Writer) endCell(htab bool) int {
	w.current.htab = htab
	last := len(w.lines) - 1
	w.lines[last] = append(w.lines[last], w.current)
	w.current = cell{}
	w.counted = 0
	return len(w.lines[last])
}

func (w *Writer) recoverWriteError(err *error, op string) {
	if e := recover(); e != nil {
		if op == "Flush" {
			w.reset()
		}
		if we, ok := e.(writeError); ok {
			*err = we.err
			return
		}
		panic(fmt.Sprintf("tabwriter: panic during %s (%v)", op, e))
	}
}

// Flush should be called after the last call to Write to ensure that any data
// buffered in the Writer is written to output.
func (w *Writer) Flush() (err error) {
	defer w.recoverWriteError(&err, "Flush")
	w.flushAll()
	return nil
}

func (w *Writer) flushAll() {
	if len(w.current.text) > 0 {
		if w.endChar != 0 {
			w.endEscape()
		}
		w.endCell(false)
	}
	w.format(0, len(w.lines))
	w.reset()
}

// Write writes buf to the writer w; the only errors returned are those of the
// underlying output.
func (w *Writer) Write(buf []byte) (n int, err error) {
	defer w.recoverWriteError(&err, "Write")
	// buf[n:i] is text not yet added to the current cell; after a write error n
	// tells how far the input was processed, as in gc.
	n = 0
	for i, c := range buf {
		if w.endChar != 0 {
			if c == w.endChar {
				stop := i + 1
				if c == Escape && w.flags&StripEscape != 0 {
					stop = i
				}
				w.addText(buf[n:stop])
				n = i + 1
				w.endEscape()
			}
			continue
		}
		switch c {
		case '\t', '\v', '\n', '\f':
			w.addText(buf[n:i])
			w.countWidth()
			n = i + 1
			cells := w.endCell(c == '\t')
			if c == '\n' || c == '\f' {
				w.lines = append(w.lines, nil)
				// A line without tabs, or a form feed, ends every column block.
				if c == '\f' || cells == 1 {
					w.flushAll()
					if c == '\f' && w.flags&Debug != 0 {
						w.emit([]byte("---\n"))
					}
				}
			}
		case Escape:
			w.addText(buf[n:i])
			w.countWidth()
			n = i
			if w.flags&StripEscape != 0 {
				n++
			}
			w.endChar = Escape
		case '<', '&':
			if w.flags&FilterHTML != 0 {
				w.addText(buf[n:i])
				w.countWidth()
				n = i
				if c == '<' {
					w.endChar = '>'
				} else {
					w.endChar = ';'
				}
			}
		}
	}
	w.addText(buf[n:])
	return len(buf), nil
}
