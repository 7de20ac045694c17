// Package cmplx provides basic constants and mathematical functions for
// complex numbers, as Go's math/cmplx.
//
// Every function follows the same sequence of floating-point operations as
// gc's implementation (itself after Cephes), including the special cases of
// C99 Annex G, so results agree bit for bit with gc's. One known deviation:
// reducing an argument of 2^30 or more modulo π (Tan and Cot of values very
// close to a pole with a huge real part) uses math.Remainder instead of gc's
// Payne-Hanek reduction.
package cmplx

import "math"

// Abs returns the absolute value (also called the modulus) of x.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Phase returns the phase (also called the argument) of x, in [-π, π].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar returns the absolute value r and phase θ of x, such that x = r * e**θi.
func Polar(x complex128) (r, θ float64) { return Abs(x), Phase(x) }

// Rect returns the complex number x with polar coordinates r, θ.
func Rect(r, θ float64) complex128 {
	sin, cos := math.Sincos(θ)
	return complex(r*cos, r*sin)
}

// Conj returns the complex conjugate of x.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// Inf returns a complex infinity, complex(+Inf, +Inf).
func Inf() complex128 {
	inf := math.Inf(1)
	return complex(inf, inf)
}

// NaN returns a complex "not-a-number" value.
func NaN() complex128 {
	nan := math.NaN()
	return complex(nan, nan)
}

// IsInf reports whether either real(x) or imag(x) is an infinity.
func IsInf(x complex128) bool {
	return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0)
}

// IsNaN reports whether either real(x) or imag(x) is NaN and neither is an infinity.
func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

// Sqrt returns the square root of x, with a non-negative real part.
func Sqrt(x complex128) complex128 {
	re, im := real(x), imag(x)
	if im == 0 {
		switch {
		case re == 0:
			return complex(0, im)
		case re < 0:
			return complex(0, math.Copysign(math.Sqrt(-re), im))
		}
		return complex(math.Sqrt(re), im)
	}
	if math.IsInf(im, 0) {
		return complex(math.Inf(1), im)
	}
	if re == 0 {
		if im < 0 {
			root := math.Sqrt(-0.5 * im)
			return complex(root, -root)
		}
		root := math.Sqrt(0.5 * im)
		return complex(root, root)
	}
	// Scale the operands so that Hypot neither overflows nor loses precision,
	// then undo the scaling on the result.
	var scale float64
	if math.Abs(re) > 4 || math.Abs(im) > 4 {
		re *= 0.25
		im *= 0.25
		scale = 2
	} else {
		re *= 1 << 54
		im *= 1 << 54
		scale = 1.0 / (1 << 27)
	}
	modulus := math.Hypot(re, im)
	var realPart, imagPart float64
	if re > 0 {
		realPart = math.Sqrt(0.5*modulus + 0.5*re)
		imagPart = scale * math.Abs((0.5*im)/realPart)
		realPart *= scale
	} else {
		imagPart = math.Sqrt(0.5*modulus - 0.5*re)
		realPart = scale * math.Abs((0.5*im)/imagPart)
		imagPart *= scale
	}
	if im < 0 {
		return complex(realPart, -imagPart)
	}
	return complex(realPart, imagPart)
}

// Exp returns e**x, the base-e exponential of x.
func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) {
		if re > 0 && im == 0 {
			return x
		}
		if math.IsInf(im, 0) || math.IsNaN(im) {
			if re < 0 {
				return complex(0, math.Copysign(0, im))
			}
			return complex(math.Inf(1), math.NaN())
		}
	} else if math.IsNaN(re) && im == 0 {
		return complex(math.NaN(), im)
	}
	magnitude := math.Exp(re)
	sin, cos := math.Sincos(im)
	return complex(magnitude*cos, magnitude*sin)
}

// Log returns the natural logarithm of x.
func Log(x complex128) complex128 {
	return complex(math.Log(Abs(x)), Phase(x))
}

// Log10 returns the decimal logarithm of x.
func Log10(x complex128) complex128 {
	natural := Log(x)
	return complex(math.Log10E*real(natural), math.Log10E*imag(natural))
}

// Pow returns x**y, the base-x exponential of y. Pow(0, y) follows gc's
// special cases: 1 for real(y) == 0, Inf for real(y) < 0, 0 for real(y) > 0.
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if IsNaN(y) {
			return NaN()
		}
		re, im := real(y), imag(y)
		if re == 0 {
			return 1
		}
		if re < 0 {
			if im == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		}
		return 0
	}
	modulus := Abs(x)
	if modulus == 0 {
		return complex(0, 0)
	}
	magnitude := math.Pow(modulus, real(y))
	argument := Phase(x)
	angle := real(y) * argument
	if imag(y) != 0 {
		magnitude *= math.Exp(-imag(y) * argument)
		angle += imag(y) * math.Log(modulus)
	}
	sin, cos := math.Sincos(angle)
	return complex(magnitude*cos, magnitude*sin)
}

// sinhAndCosh returns sinh(x) and cosh(x), computing one exponential when |x| > 0.5.
func sinhAndCosh(x float64) (sinh, cosh float64) {
	if math.Abs(x) <= 0.5 {
		return math.Sinh(x), math.Cosh(x)
	}
	half := math.Exp(x)
	halfInverse := 0.5 / half
	half *= 0.5
	return half - halfInverse, half + halfInverse
}

// Sin returns the sine of x.
func Sin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && (math.IsInf(re, 0) || math.IsNaN(re)):
		return complex(math.NaN(), im)
	case math.IsInf(im, 0):
		if re == 0 {
			return x
		}
		if math.IsInf(re, 0) || math.IsNaN(re) {
			return complex(math.NaN(), im)
		}
	case re == 0 && math.IsNaN(im):
		return x
	}
	sin, cos := math.Sincos(re)
	sinh, cosh := sinhAndCosh(im)
	return complex(sin*cosh, cos*sinh)
}

// Sinh returns the hyperbolic sine of x.
func Sinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case re == 0 && (math.IsInf(im, 0) || math.IsNaN(im)):
		return complex(re, math.NaN())
	case math.IsInf(re, 0):
		if im == 0 {
			return x
		}
		if math.IsInf(im, 0) || math.IsNaN(im) {
			return complex(re, math.NaN())
		}
	case im == 0 && math.IsNaN(re):
		return complex(math.NaN(), im)
	}
	sin, cos := math.Sincos(im)
	sinh, cosh := sinhAndCosh(re)
	return complex(cos*sinh, sin*cosh)
}

// Cos returns the cosine of x.
func Cos(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && (math.IsInf(re, 0) || math.IsNaN(re)):
		return complex(math.NaN(), -im*math.Copysign(0, re))
	case math.IsInf(im, 0):
		if re == 0 {
			return complex(math.Inf(1), -re*math.Copysign(0, im))
		}
		if math.IsInf(re, 0) || math.IsNaN(re) {
			return complex(math.Inf(1), math.NaN())
		}
	case re == 0 && math.IsNaN(im):
		return complex(math.NaN(), 0)
	}
	sin, cos := math.Sincos(re)
	sinh, cosh := sinhAndCosh(im)
	return complex(cos*cosh, -sin*sinh)
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case re == 0 && (math.IsInf(im, 0) || math.IsNaN(im)):
		return complex(math.NaN(), re*math.Copysign(0, im))
	case math.IsInf(re, 0):
		if im == 0 {
			return complex(math.Inf(1), im*math.Copysign(0, re))
		}
		if math.IsInf(im, 0) || math.IsNaN(im) {
			return complex(math.Inf(1), math.NaN())
		}
	case im == 0 && math.IsNaN(re):
		return complex(math.NaN(), im)
	}
	sin, cos := math.Sincos(im)
	sinh, cosh := sinhAndCosh(re)
	return complex(cos*cosh, sin*sinh)
}

// Tan returns the tangent of x.
func Tan(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(im, 0) {
		if math.IsInf(re, 0) || math.IsNaN(re) {
			return complex(math.Copysign(0, re), math.Copysign(1, im))
		}
		return complex(math.Copysign(0, math.Sin(2*re)), math.Copysign(1, im))
	}
	if re == 0 && math.IsNaN(im) {
		return x
	}
	denominator := math.Cos(2*re) + math.Cosh(2*im)
	if math.Abs(denominator) < 0.25 {
		denominator = tanDenominatorSeries(x)
	}
	if denominator == 0 {
		return Inf()
	}
	return complex(math.Sin(2*re)/denominator, math.Sinh(2*im)/denominator)
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) {
		if math.IsInf(im, 0) || math.IsNaN(im) {
			return complex(math.Copysign(1, re), math.Copysign(0, im))
		}
		return complex(math.Copysign(1, re), math.Copysign(0, math.Sin(2*im)))
	}
	if im == 0 && math.IsNaN(re) {
		return x
	}
	denominator := math.Cosh(2*re) + math.Cos(2*im)
	if denominator == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*re)/denominator, math.Sin(2*im)/denominator)
}

// Cot returns the cotangent of x.
func Cot(x complex128) complex128 {
	denominator := math.Cosh(2*imag(x)) - math.Cos(2*real(x))
	if math.Abs(denominator) < 0.25 {
		denominator = tanDenominatorSeries(x)
	}
	if denominator == 0 {
		return Inf()
	}
	return complex(math.Sin(2*real(x))/denominator, -math.Sinh(2*imag(x))/denominator)
}

// reduceModPi reduces x into (-π/2, π/2] modulo π. Below 2^30 it subtracts
// the nearest multiple of π split into three parts, so that each product is
// exact; above, it falls back to math.Remainder (see the package comment).
func reduceModPi(x float64) float64 {
	if math.Abs(x) >= 1<<30 {
		return math.Remainder(x, math.Pi)
	}
	// π = piHigh + piMiddle + piLow, each with few enough significant bits.
	const (
		piHigh   = 3.141592502593994
		piMiddle = 1.5099578831723193e-07
		piLow    = 1.0780605716316238e-14
	)
	multiple := x/math.Pi + 0.5
	multiple = float64(int64(multiple))
	return ((x - multiple*piHigh) - multiple*piMiddle) - multiple*piLow
}

// tanDenominatorSeries computes cosh(2y) - cos(2x) for z = x + iy by its
// Taylor series, used where the direct formula cancels badly.
func tanDenominatorSeries(z complex128) float64 {
	const machineEpsilon = 1.0 / (1 << 53)
	xSquared := reduceModPi(math.Abs(2 * real(z)))
	xSquared *= xSquared
	ySquared := math.Abs(2 * imag(z))
	ySquared *= ySquared
	xPower, yPower := 1.0, 1.0
	factorial, n := 1.0, 0.0
	sum := 0.0
	for {
		n++
		factorial *= n
		n++
		factorial *= n
		xPower *= xSquared
		yPower *= ySquared
		term := (yPower + xPower) / factorial
		sum += term
		n++
		factorial *= n
		n++
		factorial *= n
		xPower *= xSquared
		yPower *= ySquared
		term = (yPower - xPower) / factorial
		sum += term
		if !(math.Abs(term/sum) > machineEpsilon) {
			break
		}
	}
	return sum
}

// Asin returns the inverse sine of x.
func Asin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asin(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asinh(im))
	case math.IsNaN(im):
		if re == 0 {
			return complex(re, math.NaN())
		}
		if math.IsInf(re, 0) {
			return complex(math.NaN(), re)
		}
		return NaN()
	case math.IsInf(im, 0):
		if math.IsNaN(re) {
			return x
		}
		if math.IsInf(re, 0) {
			return complex(math.Copysign(math.Pi/4, re), im)
		}
		return complex(math.Copysign(0, re), im)
	case math.IsInf(re, 0):
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(re, im))
	}
	// asin(x) = -i log(ix + sqrt(1 - x²))
	square := x * x
	root := Sqrt(complex(1-real(square), -imag(square)))
	w := Log(complex(-im, re) + root)
	return complex(imag(w), -real(w))
}

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asinh(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asin(im))
	case math.IsInf(re, 0):
		if math.IsInf(im, 0) {
			return complex(re, math.Copysign(math.Pi/4, im))
		}
		if math.IsNaN(im) {
			return x
		}
		return complex(re, math.Copysign(0.0, im))
	case math.IsNaN(re):
		if im == 0 {
			return x
		}
		if math.IsInf(im, 0) {
			return complex(im, re)
		}
		return NaN()
	case math.IsInf(im, 0):
		return complex(math.Copysign(im, re), math.Copysign(math.Pi/2, im))
	}
	// asinh(x) = log(x + sqrt(1 + x²))
	square := x * x
	return Log(x + Sqrt(complex(1+real(square), imag(square))))
}

// Acos returns the inverse cosine of x.
func Acos(x complex128) complex128 {
	w := Asin(x)
	return complex(math.Pi/2-real(w), -imag(w))
}

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x complex128) complex128 {
	if x == 0 {
		return complex(0, math.Copysign(math.Pi/2, imag(x)))
	}
	w := Acos(x)
	if imag(w) <= 0 {
		return complex(-imag(w), real(w))
	}
	return complex(imag(w), -real(w))
}

// Atan returns the inverse tangent of x.
func Atan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0:
		return complex(math.Atan(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Atanh(im))
	case math.IsInf(im, 0) || math.IsInf(re, 0):
		if math.IsNaN(re) {
			return complex(math.NaN(), math.Copysign(0, im))
		}
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(0, im))
	case math.IsNaN(re) || math.IsNaN(im):
		return NaN()
	}
	reSquared := re * re
	a := 1 - reSquared - im*im
	if a == 0 {
		return NaN()
	}
	realPart := reduceModPi(0.5 * math.Atan2(2*re, a))
	below := im - 1
	b := reSquared + below*below
	if b == 0 {
		return NaN()
	}
	above := im + 1
	ratio := (reSquared + above*above) / b
	return complex(realPart, 0.25*math.Log(ratio))
}

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x complex128) complex128 {
	w := Atan(complex(-imag(x), real(x)))
	return complex(imag(w), -real(w))
}
