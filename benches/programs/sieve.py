"""Sieve of Eratosthenes: a large boolean array written with strides."""
import sys


def main(limit):
    composite = [False] * (limit + 1)
    count = 0
    last = 0
    for i in range(2, limit + 1):
        if composite[i]:
            continue
        count += 1
        last = i
        for multiple in range(i * i, limit + 1, i):
            composite[multiple] = True
    print(count, last)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000000)
