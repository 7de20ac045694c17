"""Nested integer loops over a slice: indexing, comparisons and integer arithmetic."""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000


def main(n):
    values = [(i * 7919 + 13) % 1000 for i in range(n)]
    total = 0
    for i in range(n):
        a = values[i]
        for j in range(n):
            b = values[j]
            if a > b:
                total += a - b
            else:
                total += (a ^ b) & 15
    return total


print(main(n))
