// Package unicode provides data and functions to test some properties of
// Unicode code points, as Go's unicode package. Classification and case
// mapping are natives over Go 1.23's tables (runtime/src/natives/unicode.rs).
package unicode

// Limits.
const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Version is the Unicode edition from which the tables are derived.
const Version = "15.0.0"

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool

// IsSpace reports whether the rune is a space character as defined by Unicode's White Space property.
func IsSpace(r rune) bool

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool

// IsPrint reports whether the rune is defined as printable by Go.
func IsPrint(r rune) bool

// IsGraphic reports whether the rune is defined as a Graphic by Unicode.
func IsGraphic(r rune) bool

// IsControl reports whether the rune is a control character.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return r < 0x20 || 0x7F <= r && r <= 0x9F
	}
	return false
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune

// ToLower maps the rune to lower case.
func ToLower(r rune) rune

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune

// SimpleFold iterates over Unicode code points equivalent under the
// Unicode-defined simple case folding.
func SimpleFold(r rune) rune

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set. The tables predefined by this package carry no
// ranges in Weft: their membership is answered by natives (see Is).
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
	// builtin identifies a predefined table answered natively (0: user table).
	builtin int
}

// Range16 represents of a range of 16-bit Unicode code points.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// inBuiltin reports whether r is in the predefined table number id.
func inBuiltin(id int, r rune) bool

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.builtin != 0 {
		return inBuiltin(rangeTab.builtin, r)
	}
	for _, rg := range rangeTab.R16 {
		if r < rune(rg.Lo) {
			return false
		}
		if r <= rune(rg.Hi) {
			return rg.Stride == 1 || (r-rune(rg.Lo))%rune(rg.Stride) == 0
		}
	}
	for _, rg := range rangeTab.R32 {
		if r < rune(rg.Lo) {
			return false
		}
		if r <= rune(rg.Hi) {
			return rg.Stride == 1 || (r-rune(rg.Lo))%rune(rg.Stride) == 0
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

// Predefined tables; the numbers must match `builtin_table` in runtime/src/natives/unicode.rs.
var (
	Letter      = &RangeTable{builtin: 1}
	L           = Letter
	Upper       = &RangeTable{builtin: 2}
	Lu          = Upper
	Lower       = &RangeTable{builtin: 3}
	Ll          = Lower
	Title       = &RangeTable{builtin: 4}
	Lt          = Title
	Mark        = &RangeTable{builtin: 5}
	M           = Mark
	Digit       = &RangeTable{builtin: 6}
	Nd          = Digit
	Number      = &RangeTable{builtin: 7}
	N           = Number
	Punct       = &RangeTable{builtin: 8}
	P           = Punct
	Symbol      = &RangeTable{builtin: 9}
	S           = Symbol
	White_Space = &RangeTable{builtin: 10}
	Space       = &RangeTable{builtin: 21}
	Z           = Space
	Latin       = &RangeTable{builtin: 11}
	Greek       = &RangeTable{builtin: 12}
	Cyrillic    = &RangeTable{builtin: 13}
	Han         = &RangeTable{builtin: 14}
	Hiragana    = &RangeTable{builtin: 15}
	Katakana    = &RangeTable{builtin: 16}
	Hangul      = &RangeTable{builtin: 17}
	Arabic      = &RangeTable{builtin: 18}
	Hebrew      = &RangeTable{builtin: 19}
	ASCII_Hex_Digit = &RangeTable{builtin: 20}
)

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Space}

// PrintRanges defines the set of printable characters according to Go.
var PrintRanges = []*RangeTable{L, M, N, P, S}
