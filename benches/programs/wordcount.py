"""Word count: a dict from string to int under many lookups and updates. The words come
from a linear congruential generator so every implementation sees the same text."""
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "so", "ta", "vi",
             "wen", "dar", "ith", "ol", "pre", "qua", "ber", "ux"]


def main(total):
    counts = {}
    state = 42
    for _ in range(total):
        state = (state * 1103515245 + 12345) % 2147483648
        word = SYLLABLES[state >> 8 & 15] + SYLLABLES[state >> 12 & 15]
        if state >> 16 & 3 != 0:
            word += SYLLABLES[state >> 18 & 15]
        counts[word] = counts.get(word, 0) + 1
    words = sorted(counts, key=lambda word: (-counts[word], word))
    print("%d words, %d distinct" % (total, len(words)))
    for word in words[:5]:
        print("%s %d" % (word, counts[word]))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000)
