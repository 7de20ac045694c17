//! Go's `math/bits` package. Functions with a size suffix in Go (`Len8`,
//! `RotateLeft32`, ...) take the width in bits here; `uint` is 64 bits wide.

/// Go's run-time panic for `Div` when the quotient overflows.
pub const OVERFLOW_PANIC: &str = "runtime error: integer overflow";
/// Go's run-time panic for `Div` and `Rem` by zero.
pub const DIVIDE_BY_ZERO_PANIC: &str = "runtime error: integer divide by zero";

/// The value of `value` truncated to `width` bits (8, 16, 32 or 64).
fn truncate(value: u64, width: u32) -> u64 {
    if width >= 64 {
        value
    } else {
        value & ((1u64 << width) - 1)
    }
}

/// Go's `bits.LeadingZeros{8,16,32,64}`: zero bits above the highest one bit.
pub fn leading_zeros(value: u64, width: u32) -> u32 {
    width - len(truncate(value, width))
}

/// Go's `bits.TrailingZeros{8,16,32,64}`: `width` for zero.
pub fn trailing_zeros(value: u64, width: u32) -> u32 {
    truncate(value, width).trailing_zeros().min(width)
}

/// Go's `bits.OnesCount*`: the number of one bits.
pub fn ones_count(value: u64, width: u32) -> u32 {
    truncate(value, width).count_ones()
}

/// Go's `bits.Len*`: the minimum number of bits to represent `value`.
pub fn len(value: u64) -> u32 {
    64 - value.leading_zeros()
}

/// Go's `bits.RotateLeft{8,16,32,64}`; a negative `amount` rotates right.
pub fn rotate_left(value: u64, amount: i64, width: u32) -> u64 {
    let value = truncate(value, width);
    let shift = (amount as u64 & (width as u64 - 1)) as u32;
    if shift == 0 {
        return value;
    }
    truncate(value << shift | value >> (width - shift), width)
}

/// Go's `bits.Reverse{8,16,32,64}`: the bits in reverse order.
pub fn reverse(value: u64, width: u32) -> u64 {
    truncate(value, width).reverse_bits() >> (64 - width)
}

/// Go's `bits.ReverseBytes{16,32,64}`: the bytes in reverse order.
pub fn reverse_bytes(value: u64, width: u32) -> u64 {
    truncate(value, width).swap_bytes() >> (64 - width)
}

/// Go's `bits.Add64`: the sum with carry in and carry out. The carry out is
/// computed with Go's bit formula, so inputs other than 0 or 1 for `carry`
/// give Go's results too.
pub fn add64(x: u64, y: u64, carry: u64) -> (u64, u64) {
    let sum = x.wrapping_add(y).wrapping_add(carry);
    (sum, ((x & y) | ((x | y) & !sum)) >> 63)
}

/// Go's `bits.Add32`.
pub fn add32(x: u32, y: u32, carry: u32) -> (u32, u32) {
    let sum = x as u64 + y as u64 + carry as u64;
    (sum as u32, (sum >> 32) as u32)
}

/// Go's `bits.Sub64`: the difference with borrow in and borrow out, by Go's
/// bit formula.
pub fn sub64(x: u64, y: u64, borrow: u64) -> (u64, u64) {
    let difference = x.wrapping_sub(y).wrapping_sub(borrow);
    (difference, ((!x & y) | (!(x ^ y) & difference)) >> 63)
}

/// Go's `bits.Sub32`.
pub fn sub32(x: u32, y: u32, borrow: u32) -> (u32, u32) {
    let difference = x.wrapping_sub(y).wrapping_sub(borrow);
    (difference, ((!x & y) | (!(x ^ y) & difference)) >> 31)
}

/// Go's `bits.Mul64`: the 128-bit product as (high, low).
pub fn mul64(x: u64, y: u64) -> (u64, u64) {
    let product = x as u128 * y as u128;
    ((product >> 64) as u64, product as u64)
}

/// Go's `bits.Mul32`: the 64-bit product as (high, low).
pub fn mul32(x: u32, y: u32) -> (u32, u32) {
    let product = x as u64 * y as u64;
    ((product >> 32) as u32, product as u32)
}

/// Go's `bits.Div64`: quotient and remainder of `(high, low) / divisor`.
///
/// # Errors
/// Go's run-time panic when `divisor` is zero or not above `high`.
pub fn div64(high: u64, low: u64, divisor: u64) -> Result<(u64, u64), &'static str> {
    if divisor == 0 {
        return Err(DIVIDE_BY_ZERO_PANIC);
    }
    if divisor <= high {
        return Err(OVERFLOW_PANIC);
    }
    let dividend = (high as u128) << 64 | low as u128;
    Ok((
        (dividend / divisor as u128) as u64,
        (dividend % divisor as u128) as u64,
    ))
}

/// Go's `bits.Div32`.
///
/// # Errors
/// Go's run-time panic when `divisor` is zero or not above `high`.
pub fn div32(high: u32, low: u32, divisor: u32) -> Result<(u32, u32), &'static str> {
    if divisor != 0 && divisor <= high {
        return Err(OVERFLOW_PANIC);
    }
    if divisor == 0 {
        return Err(DIVIDE_BY_ZERO_PANIC);
    }
    let dividend = (high as u64) << 32 | low as u64;
    Ok((
        (dividend / divisor as u64) as u32,
        (dividend % divisor as u64) as u32,
    ))
}

/// Go's `bits.Rem64`: the remainder of `(high, low) / divisor`, which may
/// exceed 64 bits of quotient.
///
/// # Errors
/// Go's run-time panic when `divisor` is zero.
pub fn rem64(high: u64, low: u64, divisor: u64) -> Result<u64, &'static str> {
    if divisor == 0 {
        return Err(DIVIDE_BY_ZERO_PANIC);
    }
    let dividend = (high as u128) << 64 | low as u128;
    Ok((dividend % divisor as u128) as u64)
}

/// Go's `bits.Rem32`.
///
/// # Errors
/// Go's run-time panic when `divisor` is zero.
pub fn rem32(high: u32, low: u32, divisor: u32) -> Result<u32, &'static str> {
    if divisor == 0 {
        return Err(DIVIDE_BY_ZERO_PANIC);
    }
    let dividend = (high as u64) << 32 | low as u64;
    Ok((dividend % divisor as u64) as u32)
}
