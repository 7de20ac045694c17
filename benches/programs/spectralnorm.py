"""Spectral norm: the power method on an implicit matrix (float loops and calls)."""
import math
import sys


def entry(i, j):
    """Element (i, j) of the matrix 1/((i+j)(i+j+1)/2 + i + 1)."""
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def multiply(vector, result):
    for i in range(len(result)):
        total = 0.0
        for j, value in enumerate(vector):
            total += entry(i, j) * value
        result[i] = total


def multiply_transposed(vector, result):
    for i in range(len(result)):
        total = 0.0
        for j, value in enumerate(vector):
            total += entry(j, i) * value
        result[i] = total


def multiply_normal(vector, result, scratch):
    multiply(vector, scratch)
    multiply_transposed(scratch, result)


def main(n):
    u = [1.0] * n
    v = [0.0] * n
    scratch = [0.0] * n
    for _ in range(10):
        multiply_normal(u, v, scratch)
        multiply_normal(v, u, scratch)
    uv = vv = 0.0
    for i in range(n):
        uv += u[i] * v[i]
        vv += v[i] * v[i]
    print("%.9f" % math.sqrt(uv / vv))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
