"""String building: integers formatted and appended to a list, joined, then scanned."""
import sys


def main(total):
    parts = []
    for i in range(total):
        parts.append(str(i * i % 100003))
        if i % 10 == 9:
            parts.append(";\n")
        else:
            parts.append(",")
    text = "".join(parts)
    lines = text.split("\n")
    print("%d bytes, %d lines, %d sevens" % (len(text), len(lines), text.count("7")))
    print(lines[len(lines) // 2])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000)
