"""Pipeline: numbers flow through three stages, each a generator pulling from the one
before it (Python has no buffered channels; each value is one hand-off per stage)."""
import sys


def generate(count):
    for i in range(1, count + 1):
        yield i


def square(source):
    for value in source:
        yield value * value % 1000003


def drop_multiples_of_three(source):
    for value in source:
        if value % 3 != 0:
            yield value


def main(count):
    received = total = 0
    for value in drop_multiples_of_three(square(generate(count))):
        received += 1
        total += value
    print(received, total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000)
