"""Spawn: create a million generators that all suspend at a gate, then resume each once
to release them (generator creation, suspension and resumption)."""
import sys


def task(index, results):
    yield
    results[index] = index % 7


def main(count):
    results = [0] * count
    waiting = []
    for i in range(count):
        generator = task(i, results)
        next(generator)
        waiting.append(generator)
    for generator in waiting:
        next(generator, None)
    print(count, sum(results))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000)
