"""Mandelbrot: float iteration per pixel; the bitmap (8 pixels a byte, rows padded)
is reduced to a checksum instead of being printed."""
import sys

MAX_ITERATIONS = 50


def main(size):
    inside = 0
    checksum = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        bits = bit_count = 0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            zr = zi = 0.0
            escaped = False
            for _ in range(MAX_ITERATIONS):
                following = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = following
                if zr * zr + zi * zi > 4.0:
                    escaped = True
                    break
            bits <<= 1
            if not escaped:
                bits |= 1
                inside += 1
            bit_count += 1
            if bit_count == 8 or x == size - 1:
                bits <<= 8 - bit_count
                checksum = (checksum * 31 + bits) & 0xFFFFFFFF
                bits = bit_count = 0
    print("%d pixels inside, checksum %d" % (inside, checksum))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
