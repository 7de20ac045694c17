"""Ping-pong: the main program and a generator hand a counter back and forth."""
import sys


def ponger():
    value = yield
    while True:
        value = yield value + 1


def main(round_trips):
    peer = ponger()
    next(peer)
    value = 0
    for _ in range(round_trips):
        value = peer.send(value)
    print(value)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000000)
