//! weft: the embeddable engine (compiler + VM) and Weft's Go standard library.
pub mod stdlib;
