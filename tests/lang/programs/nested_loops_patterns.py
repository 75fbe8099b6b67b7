n = 5
for i in range(1, n + 1):
    print(" ".join(str(j) for j in range(1, i + 1)))
# expect: 1
# expect: 1 2
# expect: 1 2 3
# expect: 1 2 3 4
# expect: 1 2 3 4 5
for i in range(n, 0, -1):
    print((" " * (n - i) + "* " * i).rstrip())
# expect: * * * * *
# expect:  * * * *
# expect:   * * *
# expect:    * *
# expect:     *
for i in range(1, n + 1):
    print(" " * (n - i) + "".join(str(k % 10) for k in list(range(1, i + 1)) + list(range(i - 1, 0, -1))))
# expect:     1
# expect:    121
# expect:   12321
# expect:  1234321
# expect: 123454321
floyd = 1
for i in range(1, n + 1):
    row = []
    for _ in range(i):
        row.append(f"{floyd:2d}")
        floyd += 1
    print(" ".join(row))
# expect:  1
# expect:  2  3
# expect:  4  5  6
# expect:  7  8  9 10
# expect: 11 12 13 14 15
for r in range(n):
    print("".join("#" if r in (0, n - 1) or c in (0, n - 1) or r == c or r + c == n - 1 else "." for c in range(n)))
# expect: #####
# expect: ##.##
# expect: #.#.#
# expect: ##.##
# expect: #####
size = 7
for r in range(size):
    print("".join("\\" if r == c else "/" if r + c == size - 1 else "." for c in range(size)))
# expect: \...../
# expect: .\.../.
# expect: ..\./..
# expect: ...\...
# expect: ../.\..
# expect: ./...\.
# expect: /.....\
alpha = "ABCDE"
for i in range(len(alpha)):
    print(alpha[:i + 1].rjust(len(alpha)) + alpha[:i][::-1])
# expect:     A
# expect:    ABA
# expect:   ABCBA
# expect:  ABCDCBA
# expect: ABCDEDCBA
