//! weft-vm: bytecode, values, heap and tracing GC, fibers, scheduler and interpreter. Knows nothing of Go syntax.
