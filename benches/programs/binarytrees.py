"""Binary trees: many short-lived allocations next to one long-lived tree (collector load)."""
import sys


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def build(depth):
    if depth == 0:
        return Node(None, None)
    return Node(build(depth - 1), build(depth - 1))


def count(node):
    if node.left is None:
        return 1
    return 1 + count(node.left) + count(node.right)


def main(max_depth):
    print("stretch depth %d: %d nodes" % (max_depth + 1, count(build(max_depth + 1))))
    long_lived = build(max_depth)
    for depth in range(4, max_depth + 1, 2):
        trees = 1 << (max_depth - depth + 4)
        nodes = 0
        for _ in range(trees):
            nodes += count(build(depth))
        print("depth %d: %d trees, %d nodes" % (depth, trees, nodes))
    print("long-lived depth %d: %d nodes" % (max_depth, count(long_lived)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 16)
