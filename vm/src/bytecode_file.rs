//! The `.wbc` bytecode file: a versioned binary encoding of a `Program`, and its bounded decoder.
//!
//! Layout (all integers little-endian):
//!
//! ```text
//! magic          8 bytes  "WEFTWBC\0"
//! format         u16      FORMAT_VERSION
//! weft version   u8 length + UTF-8 bytes (the weft that wrote the file)
//! sections       repeated: id u8, payload length u32, payload
//! checksum       u32      CRC-32 (IEEE) of every byte before it
//! ```
//!
//! Every section (`SECTION_*`) appears exactly once. Inside a section, a list is a `u32`
//! count followed by its items, a string is a list of bytes, an optional id is a `u32`
//! where `u32::MAX` means none, and an instruction is its tag (`u8`, the table in
//! `encode_op`) followed by its operands at their natural width.
//!
//! Invariant: the decoder never allocates more than a small multiple of the input's size:
//! every count is checked against the bytes left in its section before anything is
//! reserved, and every item takes at least one byte. A file that decodes is not yet safe
//! to run: `crate::verify::verify` checks that its indices and jumps are in range.

use crate::op::{Arith, IntCmp, IntWidth, Op, PrintKind};
use crate::program::{
    Constant, FuncProto, Kind, LineEntry, Program, RtField, RtType, RuntimeHooks,
};

/// The first bytes of every `.wbc` file.
pub const MAGIC: [u8; 8] = *b"WEFTWBC\0";
/// Bumped whenever the layout or an instruction tag changes; files of another version are refused.
pub const FORMAT_VERSION: u16 = 3;
/// The version of weft that writes files; a file written by another version is refused,
/// because instruction semantics and native names may differ between versions.
pub const WEFT_VERSION: &str = env!("CARGO_PKG_VERSION");

const SECTION_HEADER: u8 = 1;
const SECTION_CONSTANTS: u8 = 2;
const SECTION_TYPES: u8 = 3;
const SECTION_SYMBOLS: u8 = 4;
const SECTION_NATIVES: u8 = 5;
const SECTION_FILES: u8 = 6;
const SECTION_HOOKS: u8 = 7;
const SECTION_SELECT_TABLES: u8 = 8;
const SECTION_FUNCS: u8 = 9;
const SECTION_COUNT: usize = 9;

/// The bytes of `program` as a `.wbc` file.
pub fn encode(program: &Program) -> Vec<u8> {
    let mut out = Writer(Vec::new());
    out.0.extend_from_slice(&MAGIC);
    out.0.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.u8(WEFT_VERSION.len() as u8);
    out.0.extend_from_slice(WEFT_VERSION.as_bytes());
    out.section(SECTION_HEADER, |w| {
        w.u32(program.globals);
        w.u32(program.entry);
    });
    out.section(SECTION_CONSTANTS, |w| {
        w.list(&program.constants, |w, c| match c {
            Constant::Int(i) => {
                w.u8(0);
                w.0.extend_from_slice(&i.to_le_bytes());
            }
            Constant::Float(f) => {
                w.u8(1);
                w.0.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Constant::Str(s) => {
                w.u8(2);
                w.bytes(s);
            }
        })
    });
    out.section(SECTION_TYPES, |w| w.list(&program.types, encode_type));
    out.section(SECTION_SYMBOLS, |w| {
        w.list(&program.symbols, |w, s| w.bytes(s.as_bytes()))
    });
    out.section(SECTION_NATIVES, |w| {
        w.list(&program.natives, |w, s| w.bytes(s.as_bytes()))
    });
    out.section(SECTION_FILES, |w| {
        w.list(&program.files, |w, s| w.bytes(s.as_bytes()))
    });
    out.section(SECTION_HOOKS, |w| {
        let h = &program.hooks;
        for id in [
            h.runtime_error_type,
            h.bounds_error_type,
            h.plain_error_type,
            h.type_assertion_error_type,
            h.panic_message_func,
            h.type_string_func,
        ] {
            w.opt(id);
        }
    });
    out.section(SECTION_SELECT_TABLES, |w| {
        w.list(&program.select_tables, |w, table| {
            w.list(table, |w, is_send| w.u8(*is_send as u8))
        })
    });
    out.section(SECTION_FUNCS, |w| w.list(&program.funcs, encode_func));
    let checksum = crc32(&out.0);
    out.0.extend_from_slice(&checksum.to_le_bytes());
    out.0
}

/// Why a file could not be decoded: one line, for `weft run`'s error message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BytecodeError(pub String);

impl std::fmt::Display for BytecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BytecodeError {}

/// Whether `bytes` start like a `.wbc` file (so a command can tell bytecode from Go source).
pub fn looks_like_bytecode(bytes: &[u8]) -> bool {
    bytes.starts_with(&MAGIC)
}

/// Decodes a `.wbc` file. The result still has to pass `crate::verify::verify` before it runs.
///
/// # Errors
/// A wrong magic, format or weft version, a checksum mismatch, a truncated or overlong
/// section, an unknown tag, or invalid UTF-8 in a name.
pub fn decode(bytes: &[u8]) -> Result<Program, BytecodeError> {
    if !looks_like_bytecode(bytes) {
        return Err(err("not a weft bytecode file (bad magic)"));
    }
    if bytes.len() < MAGIC.len() + 2 + 1 + 4 {
        return Err(err("bytecode file is truncated"));
    }
    let (body, stored) = bytes.split_at(bytes.len() - 4);
    let stored = u32::from_le_bytes([stored[0], stored[1], stored[2], stored[3]]);
    let mut input = Reader {
        data: body,
        pos: MAGIC.len(),
        section: "header",
    };
    let format = u16::from_le_bytes([input.u8()?, input.u8()?]);
    if format != FORMAT_VERSION {
        return Err(err(&format!(
            "bytecode format version {format} is not supported (this weft reads version {FORMAT_VERSION})"
        )));
    }
    let version_len = input.u8()? as usize;
    let version = input.take(version_len)?;
    if version != WEFT_VERSION.as_bytes() {
        return Err(err(&format!(
            "bytecode was written by weft {}, this is weft {WEFT_VERSION}: rebuild it with `weft build`",
            String::from_utf8_lossy(version)
        )));
    }
    if crc32(body) != stored {
        return Err(err("bytecode file is corrupted (checksum mismatch)"));
    }
    let mut program = Program::default();
    let mut seen = [false; SECTION_COUNT + 1];
    while input.pos < input.data.len() {
        let id = input.u8()?;
        let len = input.u32()? as usize;
        let payload = input.take(len)?;
        let name = section_name(id).ok_or_else(|| err(&format!("unknown section {id}")))?;
        if std::mem::replace(&mut seen[id as usize], true) {
            return Err(err(&format!("section {name} appears twice")));
        }
        let mut r = Reader {
            data: payload,
            pos: 0,
            section: name,
        };
        decode_section(&mut r, id, &mut program)?;
        if r.pos != r.data.len() {
            return Err(r.error("has trailing bytes"));
        }
    }
    if let Some(id) = (1..=SECTION_COUNT as u8).find(|id| !seen[*id as usize]) {
        return Err(err(&format!(
            "section {} is missing",
            section_name(id).unwrap_or("?")
        )));
    }
    Ok(program)
}

/// Recomputes the checksum at the end of a `.wbc` image after its body was edited, so
/// tests can feed the decoder corrupted bodies that get past the checksum.
pub fn reseal(bytes: &mut [u8]) {
    if bytes.len() >= 4 {
        let n = bytes.len() - 4;
        let sum = crc32(&bytes[..n]);
        bytes[n..].copy_from_slice(&sum.to_le_bytes());
    }
}

fn section_name(id: u8) -> Option<&'static str> {
    Some(match id {
        SECTION_HEADER => "header",
        SECTION_CONSTANTS => "constants",
        SECTION_TYPES => "types",
        SECTION_SYMBOLS => "symbols",
        SECTION_NATIVES => "natives",
        SECTION_FILES => "files",
        SECTION_HOOKS => "hooks",
        SECTION_SELECT_TABLES => "select tables",
        SECTION_FUNCS => "functions",
        _ => return None,
    })
}

fn decode_section(r: &mut Reader, id: u8, program: &mut Program) -> Result<(), BytecodeError> {
    match id {
        SECTION_HEADER => {
            program.globals = r.u32()?;
            program.entry = r.u32()?;
        }
        SECTION_CONSTANTS => {
            program.constants = r.list(|r| {
                Ok(match r.u8()? {
                    0 => Constant::Int(r.u64()? as i64),
                    1 => Constant::Float(f64::from_bits(r.u64()?)),
                    2 => Constant::Str(r.bytes()?),
                    tag => return Err(r.error(&format!("has an unknown constant tag {tag}"))),
                })
            })?
        }
        SECTION_TYPES => program.types = r.list(decode_type)?,
        SECTION_SYMBOLS => program.symbols = r.list(Reader::string)?,
        SECTION_NATIVES => program.natives = r.list(Reader::string)?,
        SECTION_FILES => program.files = r.list(Reader::string)?,
        SECTION_HOOKS => {
            program.hooks = RuntimeHooks {
                runtime_error_type: r.opt()?,
                bounds_error_type: r.opt()?,
                plain_error_type: r.opt()?,
                type_assertion_error_type: r.opt()?,
                panic_message_func: r.opt()?,
                type_string_func: r.opt()?,
            }
        }
        SECTION_SELECT_TABLES => program.select_tables = r.list(|r| r.list(Reader::bool))?,
        SECTION_FUNCS => program.funcs = r.list(decode_func)?,
        _ => unreachable!("decode_section: section ids are checked by the caller"),
    }
    Ok(())
}

fn encode_type(w: &mut Writer, t: &RtType) {
    w.bytes(t.name.as_bytes());
    w.u8(KINDS.iter().position(|k| *k == t.kind).unwrap_or(0) as u8);
    w.opt(t.elem);
    w.opt(t.key);
    w.u32(t.len);
    w.list(&t.fields, |w, f| {
        w.bytes(f.name.as_bytes());
        w.u32(f.ty);
        w.u8(f.embedded as u8);
        w.u8(f.exported as u8);
    });
    w.list(&t.methods, |w, (symbol, func)| {
        w.u32(*symbol);
        w.u32(*func);
    });
    w.list(&t.iface_methods, |w, symbol| w.u32(*symbol));
    w.u8(t.comparable as u8);
    w.u8(t.named as u8);
    w.bytes(t.pkg.as_bytes());
    w.u64(t.size);
    w.u8(t.has_pointers as u8);
}

fn decode_type(r: &mut Reader) -> Result<RtType, BytecodeError> {
    let name = r.string()?;
    let kind_tag = r.u8()?;
    let kind = *KINDS
        .get(kind_tag as usize)
        .ok_or_else(|| r.error(&format!("has an unknown type kind {kind_tag}")))?;
    Ok(RtType {
        name,
        kind,
        elem: r.opt()?,
        key: r.opt()?,
        len: r.u32()?,
        fields: r.list(|r| {
            Ok(RtField {
                name: r.string()?,
                ty: r.u32()?,
                embedded: r.bool()?,
                exported: r.bool()?,
            })
        })?,
        methods: r.list(|r| Ok((r.u32()?, r.u32()?)))?,
        iface_methods: r.list(Reader::u32)?,
        comparable: r.bool()?,
        named: r.bool()?,
        pkg: r.string()?,
        size: r.u64()?,
        has_pointers: r.bool()?,
    })
}

fn encode_func(w: &mut Writer, f: &FuncProto) {
    w.bytes(f.name.as_bytes());
    w.list(&f.code, encode_op);
    w.list(&f.lines, |w, e| {
        w.u32(e.pc);
        w.u32(e.file);
        w.u32(e.line);
    });
    w.u32(f.param_count);
    w.u32(f.result_count);
    w.u32(f.local_count);
    w.u32(f.max_stack);
    w.u32(f.frame_bytes);
    w.list(&f.boxed_results, |w, i| w.u32(*i));
}

fn decode_func(r: &mut Reader) -> Result<FuncProto, BytecodeError> {
    Ok(FuncProto {
        name: r.string()?,
        code: r.list(decode_op)?,
        lines: r.list(|r| {
            Ok(LineEntry {
                pc: r.u32()?,
                file: r.u32()?,
                line: r.u32()?,
            })
        })?,
        param_count: r.u32()?,
        result_count: r.u32()?,
        local_count: r.u32()?,
        max_stack: r.u32()?,
        frame_bytes: r.u32()?,
        boxed_results: r.list(Reader::u32)?,
    })
}

/// Type kinds by their tag in the file: the order is part of the format.
const KINDS: [Kind; 26] = [
    Kind::Bool,
    Kind::Int,
    Kind::Int8,
    Kind::Int16,
    Kind::Int32,
    Kind::Int64,
    Kind::Uint,
    Kind::Uint8,
    Kind::Uint16,
    Kind::Uint32,
    Kind::Uint64,
    Kind::Uintptr,
    Kind::Float32,
    Kind::Float64,
    Kind::Complex64,
    Kind::Complex128,
    Kind::String,
    Kind::Pointer,
    Kind::Array,
    Kind::Slice,
    Kind::Map,
    Kind::Chan,
    Kind::Struct,
    Kind::Func,
    Kind::Interface,
    Kind::UnsafePointer,
];
const INT_WIDTHS: [IntWidth; 6] = [
    IntWidth::I8,
    IntWidth::I16,
    IntWidth::I32,
    IntWidth::U8,
    IntWidth::U16,
    IntWidth::U32,
];
const PRINT_KINDS: [PrintKind; 8] = [
    PrintKind::Bool,
    PrintKind::Int,
    PrintKind::Uint,
    PrintKind::Float,
    PrintKind::Complex,
    PrintKind::String,
    PrintKind::Pointer,
    PrintKind::Iface,
];
const INT_CMPS: [IntCmp; 10] = [
    IntCmp::Eq,
    IntCmp::Ne,
    IntCmp::Lt,
    IntCmp::Le,
    IntCmp::Gt,
    IntCmp::Ge,
    IntCmp::LtUint,
    IntCmp::LeUint,
    IntCmp::GtUint,
    IntCmp::GeUint,
];

/// An instruction operand: how it is written and read.
trait Operand: Sized {
    fn put(&self, out: &mut Writer);
    fn get(input: &mut Reader) -> Result<Self, BytecodeError>;
}

impl Operand for u32 {
    fn put(&self, out: &mut Writer) {
        out.u32(*self)
    }
    fn get(input: &mut Reader) -> Result<Self, BytecodeError> {
        input.u32()
    }
}

impl Operand for i32 {
    fn put(&self, out: &mut Writer) {
        out.u32(*self as u32)
    }
    fn get(input: &mut Reader) -> Result<Self, BytecodeError> {
        Ok(input.u32()? as i32)
    }
}

impl Operand for u16 {
    fn put(&self, out: &mut Writer) {
        out.0.extend_from_slice(&self.to_le_bytes())
    }
    fn get(input: &mut Reader) -> Result<Self, BytecodeError> {
        Ok(u16::from_le_bytes([input.u8()?, input.u8()?]))
    }
}

impl Operand for bool {
    fn put(&self, out: &mut Writer) {
        out.u8(*self as u8)
    }
    fn get(input: &mut Reader) -> Result<Self, BytecodeError> {
        input.bool()
    }
}

/// Enumerations without data are written as their index in a table of all their values.
macro_rules! table_operand {
    ($ty:ty, $table:expr) => {
        impl Operand for $ty {
            fn put(&self, out: &mut Writer) {
                out.u8($table.iter().position(|v| v == self).unwrap_or(0) as u8)
            }
            fn get(input: &mut Reader) -> Result<Self, BytecodeError> {
                let tag = input.u8()?;
                $table
                    .get(tag as usize)
                    .copied()
                    .ok_or_else(|| input.error(&format!("has an unknown operand tag {tag}")))
            }
        }
    };
}
table_operand!(IntWidth, INT_WIDTHS);
table_operand!(PrintKind, PRINT_KINDS);
table_operand!(IntCmp, INT_CMPS);
table_operand!(Arith, ARITHS);

/// Every `Arith`, in tag order (append only: the order is part of the format).
const ARITHS: [Arith; 11] = [
    Arith::AddInt,
    Arith::SubInt,
    Arith::MulInt,
    Arith::AndInt,
    Arith::OrInt,
    Arith::XorInt,
    Arith::AndNotInt,
    Arith::AddFloat,
    Arith::SubFloat,
    Arith::MulFloat,
    Arith::DivFloat,
];

/// Writes one instruction. The tags are part of the file format: never renumber them (a
/// new opcode takes the next free tag; `decode_op` must change with this table).
/// The match has no catch-all, so a new opcode does not compile until it has a tag.
fn encode_op(out: &mut Writer, op: &Op) {
    match *op {
        Op::Nop => out.u8(0),
        Op::PushNil => out.u8(1),
        Op::PushBool(v0) => {
            out.u8(2);
            v0.put(out);
        }
        Op::PushInt(v0) => {
            out.u8(3);
            v0.put(out);
        }
        Op::PushConst(v0) => {
            out.u8(4);
            v0.put(out);
        }
        Op::PushFunc(v0) => {
            out.u8(5);
            v0.put(out);
        }
        Op::Zero(v0) => {
            out.u8(6);
            v0.put(out);
        }
        Op::Pop => out.u8(7),
        Op::Dup => out.u8(8),
        Op::Dup2 => out.u8(9),
        Op::Swap => out.u8(10),
        Op::LoadLocal(v0) => {
            out.u8(11);
            v0.put(out);
        }
        Op::StoreLocal(v0) => {
            out.u8(12);
            v0.put(out);
        }
        Op::LoadGlobal(v0) => {
            out.u8(13);
            v0.put(out);
        }
        Op::StoreGlobal(v0) => {
            out.u8(14);
            v0.put(out);
        }
        Op::GlobalAddr(v0) => {
            out.u8(15);
            v0.put(out);
        }
        Op::LoadCapture(v0) => {
            out.u8(16);
            v0.put(out);
        }
        Op::NewCell => out.u8(17),
        Op::LoadCell => out.u8(18),
        Op::StoreCell => out.u8(19),
        Op::CellPtr => out.u8(20),
        Op::AddInt => out.u8(21),
        Op::SubInt => out.u8(22),
        Op::MulInt => out.u8(23),
        Op::DivInt => out.u8(24),
        Op::RemInt => out.u8(25),
        Op::DivUint => out.u8(26),
        Op::RemUint => out.u8(27),
        Op::AndInt => out.u8(28),
        Op::OrInt => out.u8(29),
        Op::XorInt => out.u8(30),
        Op::AndNotInt => out.u8(31),
        Op::Shl { unsigned_count } => {
            out.u8(32);
            unsigned_count.put(out);
        }
        Op::Shr { unsigned_count } => {
            out.u8(33);
            unsigned_count.put(out);
        }
        Op::ShrUint { unsigned_count } => {
            out.u8(34);
            unsigned_count.put(out);
        }
        Op::NegInt => out.u8(35),
        Op::NotInt => out.u8(36),
        Op::Wrap(v0) => {
            out.u8(37);
            v0.put(out);
        }
        Op::EqInt => out.u8(38),
        Op::NeInt => out.u8(39),
        Op::LtInt => out.u8(40),
        Op::LeInt => out.u8(41),
        Op::GtInt => out.u8(42),
        Op::GeInt => out.u8(43),
        Op::LtUint => out.u8(44),
        Op::LeUint => out.u8(45),
        Op::GtUint => out.u8(46),
        Op::GeUint => out.u8(47),
        Op::AddFloat => out.u8(48),
        Op::SubFloat => out.u8(49),
        Op::MulFloat => out.u8(50),
        Op::DivFloat => out.u8(51),
        Op::NegFloat => out.u8(52),
        Op::RoundF32 => out.u8(53),
        Op::EqFloat => out.u8(54),
        Op::NeFloat => out.u8(55),
        Op::LtFloat => out.u8(56),
        Op::LeFloat => out.u8(57),
        Op::GtFloat => out.u8(58),
        Op::GeFloat => out.u8(59),
        Op::IntToFloat => out.u8(60),
        Op::UintToFloat => out.u8(61),
        Op::FloatToInt => out.u8(62),
        Op::FloatToUint => out.u8(63),
        Op::MakeComplex { f32 } => {
            out.u8(64);
            f32.put(out);
        }
        Op::Real => out.u8(65),
        Op::Imag => out.u8(66),
        Op::AddComplex { f32 } => {
            out.u8(67);
            f32.put(out);
        }
        Op::SubComplex { f32 } => {
            out.u8(68);
            f32.put(out);
        }
        Op::MulComplex { f32 } => {
            out.u8(69);
            f32.put(out);
        }
        Op::DivComplex { f32 } => {
            out.u8(70);
            f32.put(out);
        }
        Op::NegComplex => out.u8(71),
        Op::EqComplex => out.u8(72),
        Op::NeComplex => out.u8(73),
        Op::Not => out.u8(74),
        Op::EqBool => out.u8(75),
        Op::NeBool => out.u8(76),
        Op::Concat => out.u8(77),
        Op::EqStr => out.u8(78),
        Op::NeStr => out.u8(79),
        Op::LtStr => out.u8(80),
        Op::LeStr => out.u8(81),
        Op::GtStr => out.u8(82),
        Op::GeStr => out.u8(83),
        Op::StrLen => out.u8(84),
        Op::StrIndex => out.u8(85),
        Op::StrSlice { has_lo, has_hi } => {
            out.u8(86);
            has_lo.put(out);
            has_hi.put(out);
        }
        Op::RuneToStr => out.u8(87),
        Op::StrToBytes => out.u8(88),
        Op::BytesToStr => out.u8(89),
        Op::StrToRunes => out.u8(90),
        Op::RunesToStr => out.u8(91),
        Op::StrDecodeRune => out.u8(92),
        Op::Equal(v0) => {
            out.u8(93);
            v0.put(out);
        }
        Op::NotEqual(v0) => {
            out.u8(94);
            v0.put(out);
        }
        Op::IsNil => out.u8(95),
        Op::MakeAggregate(v0) => {
            out.u8(96);
            v0.put(out);
        }
        Op::GetField(v0) => {
            out.u8(97);
            v0.put(out);
        }
        Op::SetField(v0) => {
            out.u8(98);
            v0.put(out);
        }
        Op::FieldPtr(v0) => {
            out.u8(99);
            v0.put(out);
        }
        Op::Clone(v0) => {
            out.u8(100);
            v0.put(out);
        }
        Op::CopyInto(v0) => {
            out.u8(101);
            v0.put(out);
        }
        Op::PtrLoad => out.u8(102),
        Op::PtrStore => out.u8(103),
        Op::NilCheck => out.u8(104),
        Op::ArrayGet => out.u8(105),
        Op::ArraySet => out.u8(106),
        Op::ArrayElemPtr => out.u8(107),
        Op::MakeSlice(v0) => {
            out.u8(108);
            v0.put(out);
        }
        Op::SliceLiteral(v0) => {
            out.u8(109);
            v0.put(out);
        }
        Op::SliceGet => out.u8(110),
        Op::SliceSet => out.u8(111),
        Op::SliceElemPtr => out.u8(112),
        Op::SliceLen => out.u8(113),
        Op::SliceCap => out.u8(114),
        Op::Append { elem, count } => {
            out.u8(115);
            elem.put(out);
            count.put(out);
        }
        Op::AppendSlice { elem, from_string } => {
            out.u8(116);
            elem.put(out);
            from_string.put(out);
        }
        Op::SliceSlice {
            has_lo,
            has_hi,
            has_max,
            array,
        } => {
            out.u8(117);
            has_lo.put(out);
            has_hi.put(out);
            has_max.put(out);
            array.put(out);
        }
        Op::Copy { elem, from_string } => {
            out.u8(118);
            elem.put(out);
            from_string.put(out);
        }
        Op::SliceClear(v0) => {
            out.u8(119);
            v0.put(out);
        }
        Op::ArrayToSlice => out.u8(120),
        Op::SliceToArray { len, elem, pointer } => {
            out.u8(121);
            len.put(out);
            elem.put(out);
            pointer.put(out);
        }
        Op::MakeMap { key, value } => {
            out.u8(122);
            key.put(out);
            value.put(out);
        }
        Op::MapGet(v0) => {
            out.u8(123);
            v0.put(out);
        }
        Op::MapGet2(v0) => {
            out.u8(124);
            v0.put(out);
        }
        Op::MapSet => out.u8(125),
        Op::MapDelete => out.u8(126),
        Op::MapLen => out.u8(127),
        Op::MapClear => out.u8(128),
        Op::MapIter => out.u8(129),
        Op::MapIterNext { target } => {
            out.u8(130);
            target.put(out);
        }
        Op::ToIface(v0) => {
            out.u8(131);
            v0.put(out);
        }
        Op::TypeAssert { ty, src_name } => {
            out.u8(132);
            ty.put(out);
            src_name.put(out);
        }
        Op::TypeAssertOk(v0) => {
            out.u8(133);
            v0.put(out);
        }
        Op::IfaceAssert { ty, src_name } => {
            out.u8(134);
            ty.put(out);
            src_name.put(out);
        }
        Op::IfaceAssertOk(v0) => {
            out.u8(135);
            v0.put(out);
        }
        Op::TypeMatches(v0) => {
            out.u8(136);
            v0.put(out);
        }
        Op::IfaceIsNil => out.u8(137),
        Op::Unbox => out.u8(138),
        Op::CallIface { method, argc } => {
            out.u8(139);
            method.put(out);
            argc.put(out);
        }
        Op::BindIface(v0) => {
            out.u8(140);
            v0.put(out);
        }
        Op::MakeClosure { func, captures } => {
            out.u8(141);
            func.put(out);
            captures.put(out);
        }
        Op::Bind(v0) => {
            out.u8(142);
            v0.put(out);
        }
        Op::Call { func, argc } => {
            out.u8(143);
            func.put(out);
            argc.put(out);
        }
        Op::CallValue { argc } => {
            out.u8(144);
            argc.put(out);
        }
        Op::CallNative {
            native,
            argc,
            results,
        } => {
            out.u8(145);
            native.put(out);
            argc.put(out);
            results.put(out);
        }
        Op::Return => out.u8(146),
        Op::Defer { argc } => {
            out.u8(147);
            argc.put(out);
        }
        Op::DeferAt { argc } => {
            out.u8(148);
            argc.put(out);
        }
        Op::FrameDepth => out.u8(149),
        Op::Recover => out.u8(150),
        Op::Panic => out.u8(151),
        Op::RuntimePanic(v0) => {
            out.u8(152);
            v0.put(out);
        }
        Op::Go { argc } => {
            out.u8(153);
            argc.put(out);
        }
        Op::MakeChan(v0) => {
            out.u8(154);
            v0.put(out);
        }
        Op::Send => out.u8(155),
        Op::Recv => out.u8(156),
        Op::Recv2 => out.u8(157),
        Op::Close => out.u8(158),
        Op::ChanLen => out.u8(159),
        Op::ChanCap => out.u8(160),
        Op::Select { table, has_default } => {
            out.u8(161);
            table.put(out);
            has_default.put(out);
        }
        Op::IncLocal { slot, delta } => {
            out.u8(162);
            slot.put(out);
            delta.put(out);
        }
        Op::LoadLocalAddConst { slot, delta } => {
            out.u8(163);
            slot.put(out);
            delta.put(out);
        }
        Op::LoadLocalField { slot, field } => {
            out.u8(164);
            slot.put(out);
            field.put(out);
        }
        Op::MoveLocal { from, to } => {
            out.u8(165);
            from.put(out);
            to.put(out);
        }
        Op::ArithLocals { op, a, b } => {
            out.u8(185);
            op.put(out);
            a.put(out);
            b.put(out);
        }
        Op::ArithLocalsStore { op, a, b, dest } => {
            out.u8(186);
            op.put(out);
            a.put(out);
            b.put(out);
            dest.put(out);
        }
        Op::ArithLocal { op, slot } => {
            out.u8(187);
            op.put(out);
            slot.put(out);
        }
        Op::ArithInt { op, imm } => {
            out.u8(188);
            op.put(out);
            imm.put(out);
        }
        Op::ArithConst { op, value } => {
            out.u8(189);
            op.put(out);
            value.put(out);
        }
        Op::ArithStore { op, dest } => {
            out.u8(190);
            op.put(out);
            dest.put(out);
        }
        Op::ArithLocalStore { op, slot, dest } => {
            out.u8(191);
            op.put(out);
            slot.put(out);
            dest.put(out);
        }
        Op::ArithLocalField { op, slot, field } => {
            out.u8(192);
            op.put(out);
            slot.put(out);
            field.put(out);
        }
        Op::LoadLocalDupField { slot, field } => {
            out.u8(193);
            slot.put(out);
            field.put(out);
        }
        Op::ArithSetField { op, field } => {
            out.u8(194);
            op.put(out);
            field.put(out);
        }
        Op::CopyLocals2 { a, b, to_b, to_a } => {
            out.u8(195);
            a.put(out);
            b.put(out);
            to_b.put(out);
            to_a.put(out);
        }
        Op::MoveLocal2 {
            from,
            to,
            from2,
            to2,
        } => {
            out.u8(196);
            from.put(out);
            to.put(out);
            from2.put(out);
            to2.put(out);
        }
        Op::LocalAddConstTo { from, to, delta } => {
            out.u8(197);
            from.put(out);
            to.put(out);
            delta.put(out);
        }
        Op::SliceGetLocals { slice, index } => {
            out.u8(198);
            slice.put(out);
            index.put(out);
        }
        Op::SliceGetLocalsStore { slice, index, dest } => {
            out.u8(199);
            slice.put(out);
            index.put(out);
            dest.put(out);
        }
        Op::SliceSetLocals {
            slice,
            index,
            source,
        } => {
            out.u8(200);
            slice.put(out);
            index.put(out);
            source.put(out);
        }
        Op::LoadCaptureCell(i) => {
            out.u8(201);
            i.put(out);
        }
        Op::SliceSetLocalsConst {
            slice,
            index,
            value,
            bool,
        } => {
            out.u8(202);
            slice.put(out);
            index.put(out);
            value.put(out);
            bool.put(out);
        }
        Op::BranchInt { cmp, target } => {
            out.u8(167);
            cmp.put(out);
            target.put(out);
        }
        Op::LoadLocal2 { a, b } => {
            out.u8(168);
            a.put(out);
            b.put(out);
        }
        Op::BranchLocals { a, b, cmp, target } => {
            out.u8(169);
            a.put(out);
            b.put(out);
            cmp.put(out);
            target.put(out);
        }
        Op::BranchLocalConst {
            slot,
            cmp,
            value,
            target,
        } => {
            out.u8(170);
            slot.put(out);
            cmp.put(out);
            value.put(out);
            target.put(out);
        }
        Op::Jump(v0) => {
            out.u8(171);
            v0.put(out);
        }
        Op::JumpIfFalse(v0) => {
            out.u8(172);
            v0.put(out);
        }
        Op::JumpIfTrue(v0) => {
            out.u8(173);
            v0.put(out);
        }
        Op::Print(v0) => {
            out.u8(174);
            v0.put(out);
        }
        Op::PrintSpace => out.u8(175),
        Op::PrintNewline => out.u8(176),
        Op::MinInt => out.u8(177),
        Op::MaxInt => out.u8(178),
        Op::MinUint => out.u8(179),
        Op::MaxUint => out.u8(180),
        Op::MinFloat => out.u8(181),
        Op::MaxFloat => out.u8(182),
        Op::MinStr => out.u8(183),
        Op::MaxStr => out.u8(184),
    }
}

/// Reads one instruction; the inverse of `encode_op` (the two tables must match).
fn decode_op(input: &mut Reader) -> Result<Op, BytecodeError> {
    let tag = input.u8()?;
    Ok(match tag {
        0 => Op::Nop,
        1 => Op::PushNil,
        2 => Op::PushBool(Operand::get(input)?),
        3 => Op::PushInt(Operand::get(input)?),
        4 => Op::PushConst(Operand::get(input)?),
        5 => Op::PushFunc(Operand::get(input)?),
        6 => Op::Zero(Operand::get(input)?),
        7 => Op::Pop,
        8 => Op::Dup,
        9 => Op::Dup2,
        10 => Op::Swap,
        11 => Op::LoadLocal(Operand::get(input)?),
        12 => Op::StoreLocal(Operand::get(input)?),
        13 => Op::LoadGlobal(Operand::get(input)?),
        14 => Op::StoreGlobal(Operand::get(input)?),
        15 => Op::GlobalAddr(Operand::get(input)?),
        16 => Op::LoadCapture(Operand::get(input)?),
        17 => Op::NewCell,
        18 => Op::LoadCell,
        19 => Op::StoreCell,
        20 => Op::CellPtr,
        21 => Op::AddInt,
        22 => Op::SubInt,
        23 => Op::MulInt,
        24 => Op::DivInt,
        25 => Op::RemInt,
        26 => Op::DivUint,
        27 => Op::RemUint,
        28 => Op::AndInt,
        29 => Op::OrInt,
        30 => Op::XorInt,
        31 => Op::AndNotInt,
        32 => Op::Shl {
            unsigned_count: Operand::get(input)?,
        },
        33 => Op::Shr {
            unsigned_count: Operand::get(input)?,
        },
        34 => Op::ShrUint {
            unsigned_count: Operand::get(input)?,
        },
        35 => Op::NegInt,
        36 => Op::NotInt,
        37 => Op::Wrap(Operand::get(input)?),
        38 => Op::EqInt,
        39 => Op::NeInt,
        40 => Op::LtInt,
        41 => Op::LeInt,
        42 => Op::GtInt,
        43 => Op::GeInt,
        44 => Op::LtUint,
        45 => Op::LeUint,
        46 => Op::GtUint,
        47 => Op::GeUint,
        48 => Op::AddFloat,
        49 => Op::SubFloat,
        50 => Op::MulFloat,
        51 => Op::DivFloat,
        52 => Op::NegFloat,
        53 => Op::RoundF32,
        54 => Op::EqFloat,
        55 => Op::NeFloat,
        56 => Op::LtFloat,
        57 => Op::LeFloat,
        58 => Op::GtFloat,
        59 => Op::GeFloat,
        60 => Op::IntToFloat,
        61 => Op::UintToFloat,
        62 => Op::FloatToInt,
        63 => Op::FloatToUint,
        64 => Op::MakeComplex {
            f32: Operand::get(input)?,
        },
        65 => Op::Real,
        66 => Op::Imag,
        67 => Op::AddComplex {
            f32: Operand::get(input)?,
        },
        68 => Op::SubComplex {
            f32: Operand::get(input)?,
        },
        69 => Op::MulComplex {
            f32: Operand::get(input)?,
        },
        70 => Op::DivComplex {
            f32: Operand::get(input)?,
        },
        71 => Op::NegComplex,
        72 => Op::EqComplex,
        73 => Op::NeComplex,
        74 => Op::Not,
        75 => Op::EqBool,
        76 => Op::NeBool,
        77 => Op::Concat,
        78 => Op::EqStr,
        79 => Op::NeStr,
        80 => Op::LtStr,
        81 => Op::LeStr,
        82 => Op::GtStr,
        83 => Op::GeStr,
        84 => Op::StrLen,
        85 => Op::StrIndex,
        86 => Op::StrSlice {
            has_lo: Operand::get(input)?,
            has_hi: Operand::get(input)?,
        },
        87 => Op::RuneToStr,
        88 => Op::StrToBytes,
        89 => Op::BytesToStr,
        90 => Op::StrToRunes,
        91 => Op::RunesToStr,
        92 => Op::StrDecodeRune,
        93 => Op::Equal(Operand::get(input)?),
        94 => Op::NotEqual(Operand::get(input)?),
        95 => Op::IsNil,
        96 => Op::MakeAggregate(Operand::get(input)?),
        97 => Op::GetField(Operand::get(input)?),
        98 => Op::SetField(Operand::get(input)?),
        99 => Op::FieldPtr(Operand::get(input)?),
        100 => Op::Clone(Operand::get(input)?),
        101 => Op::CopyInto(Operand::get(input)?),
        102 => Op::PtrLoad,
        103 => Op::PtrStore,
        104 => Op::NilCheck,
        105 => Op::ArrayGet,
        106 => Op::ArraySet,
        107 => Op::ArrayElemPtr,
        108 => Op::MakeSlice(Operand::get(input)?),
        109 => Op::SliceLiteral(Operand::get(input)?),
        110 => Op::SliceGet,
        111 => Op::SliceSet,
        112 => Op::SliceElemPtr,
        113 => Op::SliceLen,
        114 => Op::SliceCap,
        115 => Op::Append {
            elem: Operand::get(input)?,
            count: Operand::get(input)?,
        },
        116 => Op::AppendSlice {
            elem: Operand::get(input)?,
            from_string: Operand::get(input)?,
        },
        117 => Op::SliceSlice {
            has_lo: Operand::get(input)?,
            has_hi: Operand::get(input)?,
            has_max: Operand::get(input)?,
            array: Operand::get(input)?,
        },
        118 => Op::Copy {
            elem: Operand::get(input)?,
            from_string: Operand::get(input)?,
        },
        119 => Op::SliceClear(Operand::get(input)?),
        120 => Op::ArrayToSlice,
        121 => Op::SliceToArray {
            len: Operand::get(input)?,
            elem: Operand::get(input)?,
            pointer: Operand::get(input)?,
        },
        122 => Op::MakeMap {
            key: Operand::get(input)?,
            value: Operand::get(input)?,
        },
        123 => Op::MapGet(Operand::get(input)?),
        124 => Op::MapGet2(Operand::get(input)?),
        125 => Op::MapSet,
        126 => Op::MapDelete,
        127 => Op::MapLen,
        128 => Op::MapClear,
        129 => Op::MapIter,
        130 => Op::MapIterNext {
            target: Operand::get(input)?,
        },
        131 => Op::ToIface(Operand::get(input)?),
        132 => Op::TypeAssert {
            ty: Operand::get(input)?,
            src_name: Operand::get(input)?,
        },
        133 => Op::TypeAssertOk(Operand::get(input)?),
        134 => Op::IfaceAssert {
            ty: Operand::get(input)?,
            src_name: Operand::get(input)?,
        },
        135 => Op::IfaceAssertOk(Operand::get(input)?),
        136 => Op::TypeMatches(Operand::get(input)?),
        137 => Op::IfaceIsNil,
        138 => Op::Unbox,
        139 => Op::CallIface {
            method: Operand::get(input)?,
            argc: Operand::get(input)?,
        },
        140 => Op::BindIface(Operand::get(input)?),
        141 => Op::MakeClosure {
            func: Operand::get(input)?,
            captures: Operand::get(input)?,
        },
        142 => Op::Bind(Operand::get(input)?),
        143 => Op::Call {
            func: Operand::get(input)?,
            argc: Operand::get(input)?,
        },
        144 => Op::CallValue {
            argc: Operand::get(input)?,
        },
        145 => Op::CallNative {
            native: Operand::get(input)?,
            argc: Operand::get(input)?,
            results: Operand::get(input)?,
        },
        146 => Op::Return,
        147 => Op::Defer {
            argc: Operand::get(input)?,
        },
        148 => Op::DeferAt {
            argc: Operand::get(input)?,
        },
        149 => Op::FrameDepth,
        150 => Op::Recover,
        151 => Op::Panic,
        152 => Op::RuntimePanic(Operand::get(input)?),
        153 => Op::Go {
            argc: Operand::get(input)?,
        },
        154 => Op::MakeChan(Operand::get(input)?),
        155 => Op::Send,
        156 => Op::Recv,
        157 => Op::Recv2,
        158 => Op::Close,
        159 => Op::ChanLen,
        160 => Op::ChanCap,
        161 => Op::Select {
            table: Operand::get(input)?,
            has_default: Operand::get(input)?,
        },
        162 => Op::IncLocal {
            slot: Operand::get(input)?,
            delta: Operand::get(input)?,
        },
        163 => Op::LoadLocalAddConst {
            slot: Operand::get(input)?,
            delta: Operand::get(input)?,
        },
        164 => Op::LoadLocalField {
            slot: Operand::get(input)?,
            field: Operand::get(input)?,
        },
        165 => Op::MoveLocal {
            from: Operand::get(input)?,
            to: Operand::get(input)?,
        },
        185 => Op::ArithLocals {
            op: Operand::get(input)?,
            a: Operand::get(input)?,
            b: Operand::get(input)?,
        },
        186 => Op::ArithLocalsStore {
            op: Operand::get(input)?,
            a: Operand::get(input)?,
            b: Operand::get(input)?,
            dest: Operand::get(input)?,
        },
        187 => Op::ArithLocal {
            op: Operand::get(input)?,
            slot: Operand::get(input)?,
        },
        188 => Op::ArithInt {
            op: Operand::get(input)?,
            imm: Operand::get(input)?,
        },
        189 => Op::ArithConst {
            op: Operand::get(input)?,
            value: Operand::get(input)?,
        },
        190 => Op::ArithStore {
            op: Operand::get(input)?,
            dest: Operand::get(input)?,
        },
        191 => Op::ArithLocalStore {
            op: Operand::get(input)?,
            slot: Operand::get(input)?,
            dest: Operand::get(input)?,
        },
        192 => Op::ArithLocalField {
            op: Operand::get(input)?,
            slot: Operand::get(input)?,
            field: Operand::get(input)?,
        },
        193 => Op::LoadLocalDupField {
            slot: Operand::get(input)?,
            field: Operand::get(input)?,
        },
        194 => Op::ArithSetField {
            op: Operand::get(input)?,
            field: Operand::get(input)?,
        },
        195 => Op::CopyLocals2 {
            a: Operand::get(input)?,
            b: Operand::get(input)?,
            to_b: Operand::get(input)?,
            to_a: Operand::get(input)?,
        },
        196 => Op::MoveLocal2 {
            from: Operand::get(input)?,
            to: Operand::get(input)?,
            from2: Operand::get(input)?,
            to2: Operand::get(input)?,
        },
        197 => Op::LocalAddConstTo {
            from: Operand::get(input)?,
            to: Operand::get(input)?,
            delta: Operand::get(input)?,
        },
        198 => Op::SliceGetLocals {
            slice: Operand::get(input)?,
            index: Operand::get(input)?,
        },
        199 => Op::SliceGetLocalsStore {
            slice: Operand::get(input)?,
            index: Operand::get(input)?,
            dest: Operand::get(input)?,
        },
        200 => Op::SliceSetLocals {
            slice: Operand::get(input)?,
            index: Operand::get(input)?,
            source: Operand::get(input)?,
        },
        201 => Op::LoadCaptureCell(Operand::get(input)?),
        202 => Op::SliceSetLocalsConst {
            slice: Operand::get(input)?,
            index: Operand::get(input)?,
            value: Operand::get(input)?,
            bool: Operand::get(input)?,
        },
        167 => Op::BranchInt {
            cmp: Operand::get(input)?,
            target: Operand::get(input)?,
        },
        168 => Op::LoadLocal2 {
            a: Operand::get(input)?,
            b: Operand::get(input)?,
        },
        169 => Op::BranchLocals {
            a: Operand::get(input)?,
            b: Operand::get(input)?,
            cmp: Operand::get(input)?,
            target: Operand::get(input)?,
        },
        170 => Op::BranchLocalConst {
            slot: Operand::get(input)?,
            cmp: Operand::get(input)?,
            value: Operand::get(input)?,
            target: Operand::get(input)?,
        },
        171 => Op::Jump(Operand::get(input)?),
        172 => Op::JumpIfFalse(Operand::get(input)?),
        173 => Op::JumpIfTrue(Operand::get(input)?),
        174 => Op::Print(Operand::get(input)?),
        175 => Op::PrintSpace,
        176 => Op::PrintNewline,
        177 => Op::MinInt,
        178 => Op::MaxInt,
        179 => Op::MinUint,
        180 => Op::MaxUint,
        181 => Op::MinFloat,
        182 => Op::MaxFloat,
        183 => Op::MinStr,
        184 => Op::MaxStr,
        _ => return Err(input.error(&format!("has an unknown instruction tag {tag}"))),
    })
}

fn err(message: &str) -> BytecodeError {
    BytecodeError(message.to_string())
}

/// Appends little-endian values to a byte vector.
struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn opt(&mut self, v: Option<u32>) {
        self.u32(v.unwrap_or(u32::MAX));
    }
    fn bytes(&mut self, b: &[u8]) {
        self.u32(b.len() as u32);
        self.0.extend_from_slice(b);
    }
    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Writer, &T)) {
        self.u32(items.len() as u32);
        for item in items {
            each(self, item);
        }
    }
    /// Writes a section: its id, then its payload's length, then the payload.
    fn section(&mut self, id: u8, body: impl FnOnce(&mut Writer)) {
        self.u8(id);
        let length_at = self.0.len();
        self.u32(0);
        body(self);
        let length = (self.0.len() - length_at - 4) as u32;
        self.0[length_at..length_at + 4].copy_from_slice(&length.to_le_bytes());
    }
}

/// Reads little-endian values from a slice; every read checks the bytes left first.
struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    /// Named in error messages.
    section: &'static str,
}

impl<'a> Reader<'a> {
    fn error(&self, what: &str) -> BytecodeError {
        BytecodeError(format!(
            "bytecode file is corrupted: section {} {what} (at byte {})",
            self.section, self.pos
        ))
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], BytecodeError> {
        if n > self.data.len() - self.pos {
            return Err(self.error("is truncated"));
        }
        let bytes = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(bytes)
    }
    fn u8(&mut self) -> Result<u8, BytecodeError> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, BytecodeError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64(&mut self) -> Result<u64, BytecodeError> {
        let b = self.take(8)?;
        let mut word = [0u8; 8];
        word.copy_from_slice(b);
        Ok(u64::from_le_bytes(word))
    }
    fn bool(&mut self) -> Result<bool, BytecodeError> {
        match self.u8()? {
            0 => Ok(false),
            1 => Ok(true),
            v => Err(self.error(&format!("has an invalid boolean {v}"))),
        }
    }
    fn opt(&mut self) -> Result<Option<u32>, BytecodeError> {
        let v = self.u32()?;
        Ok((v != u32::MAX).then_some(v))
    }
    fn bytes(&mut self) -> Result<Vec<u8>, BytecodeError> {
        let n = self.u32()? as usize;
        Ok(self.take(n)?.to_vec())
    }
    fn string(&mut self) -> Result<String, BytecodeError> {
        let bytes = self.bytes()?;
        String::from_utf8(bytes).map_err(|_| self.error("has a name that is not UTF-8"))
    }
    /// A counted list. The count is checked against the bytes left (every item takes at
    /// least one byte) before anything is reserved, so a forged count cannot exhaust memory.
    fn list<T>(
        &mut self,
        mut each: impl FnMut(&mut Reader<'a>) -> Result<T, BytecodeError>,
    ) -> Result<Vec<T>, BytecodeError> {
        let n = self.u32()? as usize;
        if n > self.data.len() - self.pos {
            return Err(self.error(&format!(
                "has a list of {n} items that is longer than the file"
            )));
        }
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(each(self)?);
        }
        Ok(items)
    }
}

/// CRC-32 (IEEE 802.3, reflected), the checksum of zip and PNG.
fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            table[i] = c;
            i += 1;
        }
        table
    };
    let mut crc = !0u32;
    for b in bytes {
        crc = TABLE[((crc ^ *b as u32) & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn every_instruction_round_trips_through_its_tag() {
        let ops = [
            Op::Nop,
            Op::PushInt(-7),
            Op::BranchLocals {
                a: 3,
                b: 65535,
                cmp: IntCmp::GeUint,
                target: 9,
            },
            Op::Wrap(IntWidth::U16),
            Op::Print(PrintKind::Iface),
            Op::Select {
                table: 4,
                has_default: true,
            },
            Op::MaxStr,
        ];
        for op in ops {
            let mut w = Writer(Vec::new());
            encode_op(&mut w, &op);
            let mut r = Reader {
                data: &w.0,
                pos: 0,
                section: "test",
            };
            assert_eq!(decode_op(&mut r).unwrap(), op);
            assert_eq!(r.pos, w.0.len());
        }
    }
}
