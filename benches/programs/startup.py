"""Startup: print one line and exit (the size argument is ignored)."""
print("Hello, Weft!")
