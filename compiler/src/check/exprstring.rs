//! gc's rendering of expressions in messages (types2's `syntax.String`): one
//! implementation, shared with the parser's diagnostics (`ast_dump::expr_string`).

use super::*;
use crate::ast::Expr;

impl<'a> Checker<'a> {
    /// The expression as gc prints it in messages.
    pub(super) fn expr_str(&self, e: &Expr) -> String {
        crate::ast_dump::expr_string(e)
    }
}
