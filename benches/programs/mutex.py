"""Mutex: a thousand generators each increment a shared counter a thousand times under a
lock. Generators only switch where they yield, so each yields every 100 increments
(standing in for preemption) and waits while the lock is held."""
import sys

INCREMENTS = 1000


class Lock:
    __slots__ = ("held",)

    def __init__(self):
        self.held = False


class Counter:
    __slots__ = ("value",)

    def __init__(self):
        self.value = 0


def worker(lock, counter):
    for i in range(1, INCREMENTS + 1):
        while lock.held:
            yield
        lock.held = True
        counter.value += 1
        lock.held = False
        if i % 100 == 0:
            yield


def main(workers):
    lock = Lock()
    counter = Counter()
    running = [worker(lock, counter) for _ in range(workers)]
    while running:
        still = []
        for task in running:
            try:
                next(task)
                still.append(task)
            except StopIteration:
                pass
        running = still
    print(counter.value)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
