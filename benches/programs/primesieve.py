"""Concurrent prime sieve: a chain of filter generators, one per prime found. The main
loop carries each candidate from filter to filter (one resume per hop, as one channel
hand-off in the Go program), which keeps the chain free of deep recursion."""
import sys


def filter_generator(prime):
    candidate = yield
    while True:
        candidate = yield candidate % prime != 0


def main(count):
    filters = []
    total = prime = found = 0
    candidate = 1
    while found < count:
        candidate += 1
        for stage in filters:
            if not stage.send(candidate):
                break
        else:
            prime = candidate
            total += prime
            found += 1
            stage = filter_generator(prime)
            next(stage)
            filters.append(stage)
    print(prime, total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
