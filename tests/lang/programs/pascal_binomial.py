def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows

def binomial(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result

def expand(a, b, n):
    terms = []
    for k in range(n + 1):
        c = binomial(n, k)
        pa, pb = n - k, k
        part = "" if c == 1 and (pa or pb) else str(c)
        if pa:
            part += a + (f"^{pa}" if pa > 1 else "")
        if pb:
            part += b + (f"^{pb}" if pb > 1 else "")
        terms.append(part)
    return " + ".join(terms)

rows = pascal(10)
width = len(" ".join(map(str, rows[-1])))
for r in rows:
    print(" ".join(map(str, r)).center(width).rstrip())
# expect:              1
# expect:             1 1
# expect:            1 2 1
# expect:           1 3 3 1
# expect:          1 4 6 4 1
# expect:        1 5 10 10 5 1
# expect:       1 6 15 20 15 6 1
# expect:     1 7 21 35 35 21 7 1
# expect:    1 8 28 56 70 56 28 8 1
# expect: 1 9 36 84 126 126 84 36 9 1
print([sum(r) for r in rows])  # expect: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512]
print(binomial(52, 5), binomial(100, 50), binomial(10, 11), binomial(0, 0))
# expect: 2598960 100891344545564193334812497256 0 1
print(expand("x", "y", 4))                            # expect: x^4 + 4x^3y + 6x^2y^2 + 4xy^3 + y^4
print(expand("a", "b", 1), "|", expand("p", "q", 0))  # expect: a + b | 1
odd = ["".join("#" if x % 2 else " " for x in r).rstrip() for r in pascal(16)]
print("\n".join(odd))
# expect: #
# expect: ##
# expect: # #
# expect: ####
# expect: #   #
# expect: ##  ##
# expect: # # # #
# expect: ########
# expect: #       #
# expect: ##      ##
# expect: # #     # #
# expect: ####    ####
# expect: #   #   #   #
# expect: ##  ##  ##  ##
# expect: # # # # # # # #
# expect: ################
print(all(binomial(n, k) == rows[n][k] for n in range(10) for k in range(n + 1)))  # expect: True
