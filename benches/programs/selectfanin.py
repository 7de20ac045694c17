"""Select fan-in: eight producer generators and one consumer. With every producer always
ready, the consumer's choice is modelled as a rotation over the producers."""
import sys

PRODUCERS = 8


def produce(id, count):
    for i in range(count):
        yield i * PRODUCERS + id


def main(total):
    per_producer = total // PRODUCERS
    sources = [produce(id, per_producer) for id in range(PRODUCERS)]
    received = [0] * PRODUCERS
    total_sum = 0
    choice = 0
    for _ in range(per_producer * PRODUCERS):
        total_sum += next(sources[choice])
        received[choice] += 1
        choice = (choice + 1) % PRODUCERS
    print(total_sum, "[" + " ".join(str(count) for count in received) + "]")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000000)
