//! Go tokens.
