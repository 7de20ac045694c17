//! Control flow facts: terminating statements (spec "Terminating
//! statements") and gc's `goto` rules (no jumps into blocks or over
//! variable declarations).

use super::*;
use crate::ast::{Block, ExprKind, GenKind, Spec, Stmt, StmtKind};

impl<'a> Checker<'a> {
    // Terminating statements (spec "Terminating statements").

    pub(super) fn is_terminating_list(&self, stmts: &[Stmt], label: Option<&str>) -> bool {
        // Trailing empty statements do not count.
        let mut it = stmts
            .iter()
            .rev()
            .skip_while(|s| matches!(s.kind, StmtKind::Empty));
        match it.next() {
            Some(s) => self.is_terminating(s, label),
            None => false,
        }
    }

    pub(super) fn is_terminating(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Return(_) | StmtKind::Goto(_) => true,
            StmtKind::Expr(e) => {
                let mut e = e;
                while let ExprKind::Paren(p) = &e.kind {
                    e = p;
                }
                if let ExprKind::Call { func, .. } = &e.kind {
                    return matches!(
                        self.info.exprs.get(&func.id),
                        Some(TypeAndMode {
                            mode: Mode::Builtin(Builtin::Panic),
                            ..
                        })
                    );
                }
                false
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, None),
            StmtKind::If { then, els, .. } => els.as_ref().is_some_and(|e| {
                self.is_terminating_list(&then.stmts, None) && self.is_terminating(e, None)
            }),
            StmtKind::Labeled(l, inner) => self.is_terminating(inner, Some(&l.name)),
            StmtKind::For { cond, body, .. } => {
                cond.is_none() && !has_break(&body.stmts, label, true)
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                clauses.iter().any(|c| c.default)
                    && clauses.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.is_terminating_list(&c.body, None)
                                || c.body
                                    .last()
                                    .is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough)))
                    })
            }
            StmtKind::Select(clauses) => clauses.iter().all(|c| {
                !has_break(&c.body, label, true) && self.is_terminating_list(&c.body, None)
            }),
            _ => false,
        }
    }
}

/// Whether statements contain a `break` that targets the enclosing statement
/// (unlabeled at this level, or labeled with `label`).
fn has_break(stmts: &[Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| has_break_stmt(s, label, top))
}

fn has_break_stmt(s: &Stmt, label: Option<&str>, top: bool) -> bool {
    match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => Some(&*l.name) == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::Labeled(_, inner) => has_break_stmt(inner, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els.as_ref().is_some_and(|e| has_break_stmt(e, label, top))
        }
        // Nested breakable statements capture unlabeled breaks.
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            label.is_some() && has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            label.is_some() && clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select(clauses) => {
            label.is_some() && clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        _ => false,
    }
}

/// One block of a function body, for the `goto` rules.
struct GotoBlock {
    /// Enclosing block index (`usize::MAX` for the function body).
    parent: usize,
    /// Where gc says the block starts (its `{`, or the case clause).
    start: u32,
    /// Variable declarations directly in this block: (position, names as written).
    var_decls: Vec<(u32, String)>,
}

/// Labels and gotos of one function body, collected by [`collect_gotos`].
#[derive(Default)]
struct GotoInfo {
    blocks: Vec<GotoBlock>,
    /// Label name -> (block, position).
    labels: HashMap<Rc<str>, (usize, u32)>,
    /// (label ident, block, position of the goto).
    gotos: Vec<(ast::Ident, usize, u32)>,
}

impl<'a> Checker<'a> {
    /// gc's `goto` checks: a goto may not jump into a block or over a
    /// variable declaration of the label's block.
    pub(super) fn check_gotos(&mut self, body: &Block) {
        let mut info = GotoInfo::default();
        info.blocks.push(GotoBlock {
            parent: usize::MAX,
            start: body.span.lo,
            var_decls: Vec::new(),
        });
        self.collect_gotos(&body.stmts, 0, &mut info);
        for (label, block, pos) in &info.gotos {
            let Some(&(lblock, lpos)) = info.labels.get(&label.name) else {
                continue;
            };
            // Is the label's block the goto's block or one of its ancestors?
            let mut b = *block;
            let mut enclosing = false;
            while b != usize::MAX {
                if b == lblock {
                    enclosing = true;
                    break;
                }
                b = info.blocks[b].parent;
            }
            if !enclosing {
                let start = info.blocks[lblock].start;
                let msg = format!(
                    "goto {} jumps into block starting at {}",
                    label.name,
                    self.sources.describe(Span::new(start, start))
                );
                self.early_error(label.span, msg);
                continue;
            }
            if lpos > *pos {
                if let Some((dpos, names)) = info.blocks[lblock]
                    .var_decls
                    .iter()
                    .filter(|(d, _)| *d > *pos && *d < lpos)
                    .last()
                {
                    let msg = format!(
                        "goto {} jumps over declaration of {} at {}",
                        label.name,
                        names,
                        self.sources.describe(Span::new(*dpos, *dpos))
                    );
                    self.early_error(label.span, msg);
                }
            }
        }
    }

    fn collect_gotos(&self, stmts: &[Stmt], block: usize, info: &mut GotoInfo) {
        for s in stmts {
            self.collect_gotos_stmt(s, block, info);
        }
    }

    fn new_goto_block(info: &mut GotoInfo, parent: usize, start: u32) -> usize {
        info.blocks.push(GotoBlock {
            parent,
            start,
            var_decls: Vec::new(),
        });
        info.blocks.len() - 1
    }

    fn collect_gotos_stmt(&self, s: &Stmt, block: usize, info: &mut GotoInfo) {
        match &s.kind {
            StmtKind::Labeled(l, inner) => {
                info.labels
                    .entry(l.name.clone())
                    .or_insert((block, l.span.lo));
                self.collect_gotos_stmt(inner, block, info);
            }
            StmtKind::Goto(l) => info.gotos.push((l.clone(), block, s.span.lo)),
            StmtKind::Decl(gd) if gd.kind == GenKind::Var => {
                if let Some(Spec::Value(vs)) = gd.specs.first() {
                    if let Some(n) = vs.names.first() {
                        info.blocks[block]
                            .var_decls
                            .push((n.span.lo, n.name.to_string()));
                    }
                }
            }
            StmtKind::Assign {
                lhs, define: true, ..
            } => {
                // gc reports at the `:=` and names the whole left side.
                let after = lhs.last().map(|l| l.span.hi).unwrap_or(s.span.lo);
                let rest = self.text(Span::new(after, s.span.hi));
                let at = rest
                    .find(":=")
                    .map(|i| after + i as u32)
                    .unwrap_or(s.span.lo);
                let names: Vec<String> = lhs.iter().map(|l| self.expr_str(l)).collect();
                info.blocks[block].var_decls.push((at, names.join(", ")));
            }
            StmtKind::Block(b) => {
                let nb = Self::new_goto_block(info, block, b.span.lo);
                self.collect_gotos(&b.stmts, nb, info);
            }
            StmtKind::If { then, els, .. } => {
                let nb = Self::new_goto_block(info, block, then.span.lo);
                self.collect_gotos(&then.stmts, nb, info);
                if let Some(e) = els {
                    match &e.kind {
                        StmtKind::Block(b) => {
                            let eb = Self::new_goto_block(info, block, b.span.lo);
                            self.collect_gotos(&b.stmts, eb, info);
                        }
                        _ => self.collect_gotos_stmt(e, block, info),
                    }
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                let nb = Self::new_goto_block(info, block, body.span.lo);
                self.collect_gotos(&body.stmts, nb, info);
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                for c in clauses {
                    let nb = Self::new_goto_block(info, block, c.span.lo);
                    self.collect_gotos(&c.body, nb, info);
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    let nb = Self::new_goto_block(info, block, c.span.lo);
                    self.collect_gotos(&c.body, nb, info);
                }
            }
            _ => {}
        }
    }
}
