"""Thread ring: 503 generators pass a token around a ring; each hop decrements it, and
the generator that receives zero reports its number. The main loop moves the token
from each generator to the next, as the channels do in the Go program."""
import sys

RING_SIZE = 503


def member(id):
    token = yield
    while True:
        if token == 0:
            yield -id
        token = yield token - 1


def main(hops):
    members = []
    for i in range(RING_SIZE):
        generator = member(i + 1)
        next(generator)
        members.append(generator)
    token, index = hops, 0
    while True:
        token = members[index].send(token)
        if token < 0:
            print(-token)
            break
        index = (index + 1) % RING_SIZE


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000000)
