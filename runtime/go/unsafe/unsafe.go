// Package unsafe: its members (Pointer, Sizeof, Alignof, Offsetof) are built into the
// checker; Sizeof and friends are compile-time constants with gc's amd64 layout.
package unsafe
