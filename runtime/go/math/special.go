package math

// Special functions. Unlike the rest of the package these are NOT bit-exact
// with gc for every argument: Gamma is exact wherever gc's argument reduction
// alone decides the result (integers up to 33, whose Gamma is a product of
// integers) and otherwise uses a Lanczos approximation; Erf and Erfc use a
// Taylor series and a continued fraction accurate to a few units in the last
// place.

// Gamma returns the Gamma function of x.
func Gamma(x float64) float64 {
	const euler = 0.57721566490153286060651209008240243104215933593992
	switch {
	case x == Floor(x) && x < 0 || IsInf(x, -1) || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return Inf(1)
	case x == 0:
		if Signbit(x) {
			return Inf(-1)
		}
		return Inf(1)
	}
	if Abs(x) > 33 || x != Floor(x) {
		return lanczosGamma(x)
	}
	// Positive integers: reduce to Gamma(2) = 1 by the recurrence, as gc does.
	z := 1.0
	for x >= 3 {
		x = x - 1
		z = z * x
	}
	for x < 2 {
		if x < 1e-09 {
			return z / ((1 + euler*x) * x)
		}
		z = z / x
		x = x + 1
	}
	return z
}

// lanczosGamma approximates Gamma with Lanczos' formula (g = 7, nine terms)
// and the reflection formula for x < 0.5.
func lanczosGamma(x float64) float64 {
	if x < 0.5 {
		return Pi / (Sin(Pi*x) * lanczosGamma(1-x))
	}
	coefficients := [...]float64{
		0.99999999999980993, 676.5203681218851, -1259.1392167224028,
		771.32342877765313, -176.61502916214059, 12.507343278686905,
		-0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
	}
	x -= 1
	sum := coefficients[0]
	for i := 1; i < len(coefficients); i++ {
		sum += coefficients[i] / (x + float64(i))
	}
	t := x + 7.5
	if x > 140 {
		// Split the power to avoid overflowing before the division by Exp(t).
		half := Pow(t, (x+0.5)/2)
		return Sqrt(2*Pi) * half * (half / Exp(t)) * sum
	}
	return Sqrt(2*Pi) * Pow(t, x+0.5) * Exp(-t) * sum
}

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x).
func Lgamma(x float64) (lgamma float64, sign int) {
	sign = 1
	switch {
	case IsNaN(x):
		return x, 1
	case IsInf(x, 0):
		return Inf(1), 1
	case x == 0 || x < 0 && x == Floor(x):
		if Signbit(x) {
			sign = -1
		}
		return Inf(1), sign
	}
	if x < 0.5 {
		// Reflection: Gamma(x) = Pi / (Sin(Pi*x) * Gamma(1-x)).
		s := Sin(Pi * x)
		if s < 0 {
			sign = -1
		}
		l, _ := Lgamma(1 - x)
		return Log(Pi/Abs(s)) - l, sign
	}
	if x < 30 {
		return Log(Abs(Gamma(x))), 1
	}
	// Stirling's series.
	return (x-0.5)*Log(x) - x + 0.5*Log(2*Pi) + 1/(12*x) - 1/(360*x*x*x) + 1/(1260*x*x*x*x*x), 1
}

// Erf returns the error function of x.
func Erf(x float64) float64 {
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 1
	case IsInf(x, -1):
		return -1
	case x == 0:
		return x
	}
	if Abs(x) < 2.5 {
		return erfSeries(x)
	}
	if x > 0 {
		return 1 - erfcFraction(x)
	}
	return erfcFraction(-x) - 1
}

// Erfc returns the complementary error function of x.
func Erfc(x float64) float64 {
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case IsInf(x, -1):
		return 2
	}
	if Abs(x) < 0.5 {
		return 1 - erfSeries(x)
	}
	if x < 0 {
		return 2 - Erfc(-x)
	}
	if x < 2.5 {
		return 1 - erfSeries(x)
	}
	return erfcFraction(x)
}

// erfSeries sums erf's Maclaurin series 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1)).
func erfSeries(x float64) float64 {
	term := x
	sum := x
	x2 := x * x
	for n := 1; n < 200; n++ {
		term *= -x2 / float64(n)
		next := sum + term/float64(2*n+1)
		if next == sum {
			break
		}
		sum = next
	}
	return 2 / SqrtPi * sum
}

// erfcFraction evaluates erfc(x) for x >= 2.5 with Lentz's method on the
// continued fraction exp(-x²)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))).
func erfcFraction(x float64) float64 {
	const tiny = 1e-300
	f := x
	c := x
	d := 0.0
	for n := 1; n < 500; n++ {
		a := float64(n) / 2
		d = x + a*d
		if d == 0 {
			d = tiny
		}
		c = x + a/c
		if c == 0 {
			c = tiny
		}
		d = 1 / d
		delta := c * d
		f *= delta
		if Abs(delta-1) < 1e-16 {
			break
		}
	}
	return Exp(-x*x) / SqrtPi / f
}
