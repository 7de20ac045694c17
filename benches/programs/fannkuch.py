"""Fannkuch-redux: prefix reversals over every permutation (small arrays, tight loops).

Permutations come from Heap's algorithm; the checksum adds the flip count of
even-numbered permutations and subtracts that of odd-numbered ones.
"""
import sys


def flips(permutation, work):
    work[:] = permutation
    count = 0
    while work[0] != 0:
        low, high = 0, work[0]
        while low < high:
            work[low], work[high] = work[high], work[low]
            low, high = low + 1, high - 1
        count += 1
    return count


def main(n):
    permutation = list(range(n))
    work = [0] * n
    counters = [0] * n
    checksum = max_flips = index = 0

    def record():
        nonlocal checksum, max_flips, index
        count = flips(permutation, work)
        if count > max_flips:
            max_flips = count
        if index % 2 == 0:
            checksum += count
        else:
            checksum -= count
        index += 1

    record()
    i = 1
    while i < n:
        if counters[i] < i:
            if i % 2 == 0:
                permutation[0], permutation[i] = permutation[i], permutation[0]
            else:
                c = counters[i]
                permutation[c], permutation[i] = permutation[i], permutation[c]
            record()
            counters[i] += 1
            i = 1
        else:
            counters[i] = 0
            i += 1
    print("%d permutations, checksum %d, max flips %d" % (index, checksum, max_flips))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
