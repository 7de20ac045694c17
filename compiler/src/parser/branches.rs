//! Checks of labels, `goto`, `break`, `continue` and `fallthrough` in one
//! function body, as gc does at parse time (its wording and positions).
//!
//! Function literals inside the body are separate bodies, checked when they
//! are parsed; this walk does not enter expressions.

use std::collections::HashMap;

use crate::ast::{Block, Ident, Spec, Stmt, StmtKind};

/// One error found by [`check_branches`]: offset and message.
pub(super) type BranchError = (u32, String);

/// Checks the function body `body`; `describe` turns an offset into the
/// `file:line:col` text gc puts in some messages.
/// `operator_after` gives the start of the first token at or after an
/// offset (gc places a `:=` statement at its operator).
pub(super) fn check_branches(
    body: &Block,
    describe: &dyn Fn(u32) -> String,
    operator_after: &dyn Fn(u32) -> u32,
) -> Vec<BranchError> {
    let mut checker = Checker {
        labels: HashMap::new(),
        blocks: Vec::new(),
        errors: Vec::new(),
        describe,
        operator_after,
    };
    let forward = checker.block(None, Targets::default(), None, body.span.lo, &body.stmts);
    for goto in forward {
        let name = &goto.name;
        if let Some(label) = checker.labels.get_mut(name) {
            label.used = true;
            let start = checker.blocks[label.block].start;
            let message = format!(
                "goto {name} jumps into block starting at {}",
                (checker.describe)(start)
            );
            checker.errors.push((goto.span.lo, message));
        } else {
            checker
                .errors
                .push((goto.span.lo, format!("label {name} not defined")));
        }
    }
    let mut unused: Vec<&Label> = checker.labels.values().filter(|l| !l.used).collect();
    unused.sort_by_key(|l| l.ident.span.lo);
    let unused: Vec<BranchError> = unused
        .iter()
        .map(|l| {
            (
                l.ident.span.lo,
                format!("label {} defined and not used", l.ident.name),
            )
        })
        .collect();
    checker.errors.extend(unused);
    checker.errors
}

/// What an unlabeled `break`/`continue`/`fallthrough` refers to here.
#[derive(Clone, Copy, Default)]
struct Targets {
    /// Innermost statement `break` leaves: loop, switch or select.
    breaks: Option<BreakTarget>,
    /// Whether a loop encloses (for `continue`).
    in_loop: bool,
    /// Index of the clause in the immediately enclosing switch, and the number of clauses.
    case: Option<(usize, usize)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BreakTarget {
    Loop,
    Switch,
    TypeSwitch,
    Select,
}

struct Label<'a> {
    ident: &'a Ident,
    /// Index in `Checker::blocks` of the block declaring the label.
    block: usize,
    /// Identity of the labeled statement: the offset of its label.
    statement: u32,
    /// Kind of that statement as a `break`/`continue` target, if it is one.
    target: Option<BreakTarget>,
    used: bool,
}

struct BlockInfo {
    parent: Option<usize>,
    start: u32,
    /// The labeled statement (by label offset) this block belongs to.
    labeled: Option<u32>,
}

/// A `goto` whose label is not (yet) declared in an enclosing block.
#[derive(Clone)]
struct ForwardGoto {
    name: String,
    span: crate::ast::Span,
}

struct Checker<'a, 'd> {
    labels: HashMap<String, Label<'a>>,
    blocks: Vec<BlockInfo>,
    errors: Vec<BranchError>,
    describe: &'d dyn Fn(u32) -> String,
    operator_after: &'d dyn Fn(u32) -> u32,
}

impl<'a, 'd> Checker<'a, 'd> {
    fn declare(&mut self, block: usize, ident: &'a Ident, inner: &'a Stmt) {
        let name = ident.name.to_string();
        if let Some(existing) = self.labels.get(&name) {
            let at = (self.describe)(existing.ident.span.lo);
            self.errors.push((
                ident.span.lo,
                format!("label {name} already defined at {at}"),
            ));
            return;
        }
        let target = break_target(inner);
        self.labels.insert(
            name,
            Label {
                ident,
                block,
                statement: ident.span.lo,
                target,
                used: false,
            },
        );
    }

    /// The labeled statement `name` refers to when it labels a statement
    /// enclosing `block`: `Ok(target kind)`, `Err(true)` if the label exists
    /// elsewhere, `Err(false)` if it does not exist.
    fn enclosing_target(&mut self, block: usize, name: &str) -> Result<Option<BreakTarget>, bool> {
        let Some(label) = self.labels.get_mut(name) else {
            return Err(false);
        };
        label.used = true;
        let statement = label.statement;
        let target = label.target;
        let mut current = Some(block);
        while let Some(index) = current {
            if self.blocks[index].labeled == Some(statement) {
                return Ok(target);
            }
            current = self.blocks[index].parent;
        }
        Err(true)
    }

    /// Whether `name` is declared in `block` or a block enclosing it (a valid backward `goto`).
    fn goto_target(&mut self, block: usize, name: &str) -> bool {
        let Some(label) = self.labels.get_mut(name) else {
            return false;
        };
        label.used = true;
        let declared_in = label.block;
        let mut current = Some(block);
        while let Some(index) = current {
            if index == declared_in {
                return true;
            }
            current = self.blocks[index].parent;
        }
        false
    }

    /// Checks one block's statements; returns the `goto`s still looking for a label.
    fn block(
        &mut self,
        parent: Option<usize>,
        targets: Targets,
        labeled: Option<u32>,
        start: u32,
        body: &'a [Stmt],
    ) -> Vec<ForwardGoto> {
        let block = self.blocks.len();
        self.blocks.push(BlockInfo {
            parent,
            start,
            labeled,
        });
        let mut forward: Vec<ForwardGoto> = Vec::new();
        // The last variable declaration seen, and the forward gotos that were
        // pending when it was seen (those jump over it if their label follows).
        let mut last_var: Option<(u32, String)> = None;
        let mut gotos_before_var: Vec<u32> = Vec::new();
        let trimmed = trim_trailing_empty(body);
        for (index, stmt) in trimmed.iter().enumerate() {
            let mut stmt = stmt;
            let mut labeled_inner: Option<u32> = None;
            // Unwrap labels, declaring each.
            while let StmtKind::Labeled(label, inner) = &stmt.kind {
                if &*label.name != "_" {
                    self.declare(block, label, inner);
                    let name = &*label.name;
                    let mut remaining = Vec::new();
                    for goto in forward.drain(..) {
                        if goto.name == name {
                            if let Some(l) = self.labels.get_mut(name) {
                                l.used = true;
                            }
                            let jumped = gotos_before_var.contains(&goto.span.lo);
                            if let (true, Some((var_lo, var_name))) = (jumped, &last_var) {
                                let at = (self.describe)(*var_lo);
                                let message = format!(
                                    "goto {name} jumps over declaration of {var_name} at {at}"
                                );
                                self.errors.push((goto.span.lo, message));
                            }
                        } else {
                            remaining.push(goto);
                        }
                    }
                    forward = remaining;
                    labeled_inner = Some(label.span.lo);
                }
                stmt = inner;
            }
            let inner_labeled = labeled_inner;
            match &stmt.kind {
                StmtKind::Decl(decl) => {
                    if decl.kind == crate::ast::GenKind::Var {
                        if let Some(Spec::Value(spec)) = decl.specs.first() {
                            if let Some(first) = spec.names.first() {
                                last_var = Some((first.span.lo, first.name.to_string()));
                                gotos_before_var = forward.iter().map(|g| g.span.lo).collect();
                            }
                        }
                    }
                }
                StmtKind::Assign {
                    lhs, define: true, ..
                } => {
                    let names: Vec<String> = lhs.iter().map(crate::ast_dump::expr_string).collect();
                    let operator_lo = lhs.last().map(|x| x.span.hi).unwrap_or(stmt.span.lo);
                    last_var = Some(((self.operator_after)(operator_lo), names.join(", ")));
                    gotos_before_var = forward.iter().map(|g| g.span.lo).collect();
                }
                StmtKind::Break(None) => {
                    if targets.breaks.is_none() {
                        self.errors.push((
                            stmt.span.lo,
                            "break is not in a loop, switch, or select".to_string(),
                        ));
                    }
                }
                StmtKind::Continue(None) => {
                    if !targets.in_loop {
                        self.errors
                            .push((stmt.span.lo, "continue is not in a loop".to_string()));
                    }
                }
                StmtKind::Fallthrough => {
                    let message = match (targets.breaks, targets.case) {
                        (Some(BreakTarget::TypeSwitch), _) => {
                            Some("cannot fallthrough in type switch")
                        }
                        (Some(BreakTarget::Switch), Some((case_index, case_count))) => {
                            if index + 1 < trimmed.len() {
                                Some("fallthrough statement out of place")
                            } else if case_index + 1 == case_count {
                                Some("cannot fallthrough final case in switch")
                            } else {
                                None
                            }
                        }
                        _ => Some("fallthrough statement out of place"),
                    };
                    if let Some(message) = message {
                        self.errors.push((stmt.span.lo, message.to_string()));
                    }
                }
                StmtKind::Break(Some(label)) => match self.enclosing_target(block, &label.name) {
                    Ok(Some(_)) => {}
                    // A label that exists but does not label an enclosing statement is "invalid".
                    Ok(None) | Err(true) => self
                        .errors
                        .push((label.span.lo, format!("invalid break label {}", label.name))),
                    Err(false) => self.errors.push((
                        label.span.lo,
                        format!("break label not defined: {}", label.name),
                    )),
                },
                StmtKind::Continue(Some(label)) => {
                    match self.enclosing_target(block, &label.name) {
                        Ok(Some(BreakTarget::Loop)) => {}
                        Ok(_) | Err(true) => self.errors.push((
                            label.span.lo,
                            format!("invalid continue label {}", label.name),
                        )),
                        Err(false) => self.errors.push((
                            label.span.lo,
                            format!("continue label not defined: {}", label.name),
                        )),
                    }
                }
                StmtKind::Goto(label) => {
                    if !self.goto_target(block, &label.name) {
                        forward.push(ForwardGoto {
                            name: label.name.to_string(),
                            span: label.span,
                        });
                    }
                }
                StmtKind::Block(inner) => {
                    let inner_targets = Targets {
                        case: None,
                        ..targets
                    };
                    let pending = self.block(
                        Some(block),
                        inner_targets,
                        inner_labeled,
                        inner.span.lo,
                        &inner.stmts,
                    );
                    forward.extend(pending);
                }
                StmtKind::If { then, els, .. } => {
                    let inner_targets = Targets {
                        case: None,
                        ..targets
                    };
                    let pending = self.block(
                        Some(block),
                        inner_targets,
                        inner_labeled,
                        then.span.lo,
                        &then.stmts,
                    );
                    forward.extend(pending);
                    if let Some(els) = els {
                        let pending = self.block(
                            Some(block),
                            inner_targets,
                            inner_labeled,
                            els.span.lo,
                            std::slice::from_ref(els),
                        );
                        forward.extend(pending);
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    let inner_targets = Targets {
                        breaks: Some(BreakTarget::Loop),
                        in_loop: true,
                        case: None,
                    };
                    let pending = self.block(
                        Some(block),
                        inner_targets,
                        inner_labeled,
                        body.span.lo,
                        &body.stmts,
                    );
                    forward.extend(pending);
                }
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    let kind = if matches!(stmt.kind, StmtKind::Switch { .. }) {
                        BreakTarget::Switch
                    } else {
                        BreakTarget::TypeSwitch
                    };
                    for (case_index, clause) in clauses.iter().enumerate() {
                        let inner_targets = Targets {
                            breaks: Some(kind),
                            in_loop: targets.in_loop,
                            case: Some((case_index, clauses.len())),
                        };
                        let pending = self.block(
                            Some(block),
                            inner_targets,
                            inner_labeled,
                            clause.span.lo,
                            &clause.body,
                        );
                        forward.extend(pending);
                    }
                }
                StmtKind::Select(clauses) => {
                    for clause in clauses {
                        let inner_targets = Targets {
                            breaks: Some(BreakTarget::Select),
                            in_loop: targets.in_loop,
                            case: None,
                        };
                        let pending = self.block(
                            Some(block),
                            inner_targets,
                            inner_labeled,
                            clause.span.lo,
                            &clause.body,
                        );
                        forward.extend(pending);
                    }
                }
                _ => {}
            }
        }
        forward
    }
}

fn break_target(stmt: &Stmt) -> Option<BreakTarget> {
    match stmt.kind {
        StmtKind::For { .. } | StmtKind::Range { .. } => Some(BreakTarget::Loop),
        StmtKind::Switch { .. } => Some(BreakTarget::Switch),
        StmtKind::TypeSwitch { .. } => Some(BreakTarget::TypeSwitch),
        StmtKind::Select(_) => Some(BreakTarget::Select),
        _ => None,
    }
}

fn trim_trailing_empty(stmts: &[Stmt]) -> &[Stmt] {
    let mut end = stmts.len();
    while end > 0 && matches!(stmts[end - 1].kind, StmtKind::Empty) {
        end -= 1;
    }
    &stmts[..end]
}
