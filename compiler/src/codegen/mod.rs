//! Codegen: checked Go packages to weft-vm bytecode.
