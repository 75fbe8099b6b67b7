def triangle(n):
    return [" " * (n - i - 1) + "*" * (2 * i + 1) for i in range(n)]

def diamond(n):
    top = triangle(n)
    return top + top[-2::-1]

def hollow_square(n):
    if n == 1:
        return ["#"]
    return ["#" * n] + ["#" + " " * (n - 2) + "#" for _ in range(n - 2)] + ["#" * n]

def checkerboard(rows, cols):
    return ["".join("#" if (r + c) % 2 == 0 else "." for c in range(cols)) for r in range(rows)]

def sierpinski(order):
    rows = ["*"]
    for _ in range(order):
        pad = " " * len(rows[-1].rstrip()) if False else " " * (len(rows) )
        rows = [pad + r + pad for r in rows] + [r + " " + r for r in rows]
    return [r.rstrip() for r in rows]

def multiplication_table(n):
    width = len(str(n * n)) + 1
    header = " " * width + "|" + "".join(f"{c:>{width}}" for c in range(1, n + 1))
    lines = [header, "-" * len(header)]
    for r in range(1, n + 1):
        lines.append(f"{r:>{width}}|" + "".join(f"{r * c:>{width}}" for c in range(1, n + 1)))
    return lines

def tree(height):
    lines = [(" " * (height - i)).rstrip() + ("*" * (2 * i - 1)) for i in range(1, height + 1)]
    lines = [" " * (height - i) + "*" * (2 * i - 1) for i in range(1, height + 1)]
    lines.append(" " * (height - 1) + "|")
    return lines

for block in (triangle(4), diamond(3), hollow_square(5), checkerboard(3, 8), sierpinski(3), multiplication_table(9), tree(5)):
    print("\n".join(block))
    print("~" * 10)
# expect:    *
# expect:   ***
# expect:  *****
# expect: *******
# expect: ~~~~~~~~~~
# expect:   *
# expect:  ***
# expect: *****
# expect:  ***
# expect:   *
# expect: ~~~~~~~~~~
# expect: #####
# expect: #   #
# expect: #   #
# expect: #   #
# expect: #####
# expect: ~~~~~~~~~~
# expect: #.#.#.#.
# expect: .#.#.#.#
# expect: #.#.#.#.
# expect: ~~~~~~~~~~
# expect:        *
# expect:       * *
# expect:      *   *
# expect:     * * * *
# expect:    *       *
# expect:   * *     * *
# expect:  *   *   *   *
# expect: * * * * * * * *
# expect: ~~~~~~~~~~
# expect:    |  1  2  3  4  5  6  7  8  9
# expect: -------------------------------
# expect:   1|  1  2  3  4  5  6  7  8  9
# expect:   2|  2  4  6  8 10 12 14 16 18
# expect:   3|  3  6  9 12 15 18 21 24 27
# expect:   4|  4  8 12 16 20 24 28 32 36
# expect:   5|  5 10 15 20 25 30 35 40 45
# expect:   6|  6 12 18 24 30 36 42 48 54
# expect:   7|  7 14 21 28 35 42 49 56 63
# expect:   8|  8 16 24 32 40 48 56 64 72
# expect:   9|  9 18 27 36 45 54 63 72 81
# expect: ~~~~~~~~~~
# expect:     *
# expect:    ***
# expect:   *****
# expect:  *******
# expect: *********
# expect:     |
# expect: ~~~~~~~~~~
