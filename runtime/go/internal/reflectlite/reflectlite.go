// Package reflectlite gives Weft's Go-written standard library (fmt, errors,
// sort) what it needs of reflection: kinds, type names, and access to
// elements, fields and map entries of values held in interfaces.
package reflectlite

// Kinds, numbered as reflect.Kind.
const (
	Invalid = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Kind is the kind of v's dynamic type (Invalid for nil).
func Kind(v any) int

// TypeString is gc's name of v's dynamic type (`<nil>` for nil).
func TypeString(v any) string

// ElemTypeString is the element type name of a slice, array, pointer, map (value) or chan type.
func ElemTypeString(v any) string

// Named reports whether v's dynamic type is a defined (named) type.
func Named(v any) bool

// Len is the length of a string, slice, array or map held in v.
func Len(v any) int

// Index returns element i of a slice, array or string, boxed with its static type.
func Index(v any, i int) any

// NumField is the number of fields of a struct held in v.
func NumField(v any) int

// FieldName is the name of field i of the struct type of v.
func FieldName(v any, i int) string

// Field returns field i of a struct held in v.
func Field(v any, i int) any

// MapKeys returns the keys of a map held in v, sorted as fmt prints them.
func MapKeys(v any) []any

// MapIndex returns m[k] for a map held in m.
func MapIndex(m any, k any) any

// Elem returns the value a non-nil pointer held in v points to (nil for a nil pointer).
func Elem(v any) any

// IsNil reports whether a pointer, map, slice, func, chan or interface held in v is nil.
func IsNil(v any) bool

// Int returns the value of a signed integer held in v.
func IntOf(v any) int64

// UintOf returns the value of an unsigned integer held in v.
func UintOf(v any) uint64

// FloatOf returns the value of a float held in v.
func FloatOf(v any) float64

// ComplexOf returns the parts of a complex number held in v.
func ComplexOf(v any) (float64, float64)

// StringOf returns the value of a string held in v.
func StringOf(v any) string

// BoolOf returns the value of a bool held in v.
func BoolOf(v any) bool

// Address returns a stable address-like number for a pointer, map, slice, func or chan held in v.
func Address(v any) uintptr

// BytesOf returns the bytes of a []byte (or byte array) held in v as a string.
func BytesOf(v any) string

// Comparable reports whether v's dynamic type is comparable.
func Comparable(v any) bool

// IsNonNilPointer reports whether v holds a non-nil pointer.
func IsNonNilPointer(v any) bool

// AssignToPointer stores val in *target when val's dynamic type is assignable to
// target's element type (an interface it implements, or the same type) and reports whether it did.
func AssignToPointer(val any, target any) bool

// PrintString renders a value as gc's runtime print does (floats as +1.500000e+000).
func PrintString(v any) string

// FieldTypeString is the type name of field i of the struct type of v.
func FieldTypeString(v any, i int) string

// FieldExported reports whether field i of the struct type of v is exported.
func FieldExported(v any, i int) bool

// KeyTypeString is the key type name of a map type.
func KeyTypeString(v any) string
// SliceSwap exchanges elements i and j of the slice held in v (sort.Slice's
// swapper); it panics with "reflect: slice index out of range" as gc's does.
func SliceSwap(v any, i, j int)

// SortInts sorts the []int held in v in increasing order, in place.
func SortInts(v any)

// SortStrings sorts the []string held in v in increasing order, in place.
func SortStrings(v any)
