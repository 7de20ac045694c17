//! Type checker: resolves names, computes the type of every expression and
//! reports gc's errors. Its output, [`Info`], is what codegen reads.
//!
//! The model is go/types': objects (`Object`) for every declared entity,
//! and side tables keyed by `ExprId` for types, constant values, uses and
//! definitions of identifiers, and selector resolutions.

pub mod info;
pub use info::*;
