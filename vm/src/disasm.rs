//! A readable listing of a program's bytecode: function by function, with source lines.

use crate::program::Program;
use std::fmt::Write;

/// Renders every function of `program` (`weft disasm`).
pub fn disassemble(program: &Program) -> String {
    let mut out = String::new();
    for (id, f) in program.funcs.iter().enumerate() {
        let _ = writeln!(
            out,
            "func {} #{} (params {}, results {}, locals {}):",
            f.name, id, f.param_count, f.result_count, f.local_count
        );
        let mut last_line = (u32::MAX, u32::MAX);
        for (pc, op) in f.code.iter().enumerate() {
            let (file, line) = f.line_at(pc);
            let at = if (file, line) != last_line {
                last_line = (file, line);
                format!("{line:>5}")
            } else {
                "     ".to_string()
            };
            let _ = writeln!(out, "  {at} {pc:>5}  {}", render_op(program, op));
        }
        out.push('\n');
    }
    out
}

fn render_op(program: &Program, op: &crate::op::Op) -> String {
    use crate::op::Op;
    let text = format!("{op:?}");
    let extra = match op {
        Op::Call { func, .. }
        | Op::PushFunc(func)
        | Op::MakeClosure { func, .. }
        | Op::Bind(func) => program
            .funcs
            .get(*func as usize)
            .map(|f| format!("  ; {}", f.name)),
        Op::CallNative { native, .. } => program
            .natives
            .get(*native as usize)
            .map(|n| format!("  ; {n}")),
        Op::CallIface { method, .. } | Op::BindIface(method) => program
            .symbols
            .get(*method as usize)
            .map(|n| format!("  ; .{n}")),
        Op::Zero(t)
        | Op::ToIface(t)
        | Op::Clone(t)
        | Op::CopyInto(t)
        | Op::Equal(t)
        | Op::NotEqual(t)
        | Op::TypeMatches(t) => program
            .types
            .get(*t as usize)
            .map(|t| format!("  ; {}", t.name)),
        Op::PushConst(c) | Op::ArithConst { value: c, .. } => program
            .constants
            .get(*c as usize)
            .map(|c| format!("  ; {c:?}")),
        _ => None,
    };
    text + &extra.unwrap_or_default()
}
