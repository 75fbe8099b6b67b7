def kaprekar(n, digits=4):
    seq = [n]
    while n not in (0, 6174) or len(seq) == 1:
        s = f"{n:0{digits}d}"
        big = int("".join(sorted(s, reverse=True)))
        small = int("".join(sorted(s)))
        n = big - small
        seq.append(n)
        if len(seq) > 10:
            break
    return seq

def digital_root(n):
    while n >= 10:
        n = sum(int(d) for d in str(n))
    return n

def harshad(n):
    return n % sum(map(int, str(n))) == 0

def persistence(n):
    steps = 0
    while n >= 10:
        p = 1
        for d in str(n):
            p *= int(d)
        n = p
        steps += 1
    return steps

for n in [3524, 2111, 9998, 1000, 6174, 1111]:
    print(n, kaprekar(n))
# expect: 3524 [3524, 3087, 8352, 6174]
# expect: 2111 [2111, 999, 8991, 8082, 8532, 6174]
# expect: 9998 [9998, 999, 8991, 8082, 8532, 6174]
# expect: 1000 [1000, 999, 8991, 8082, 8532, 6174]
# expect: 6174 [6174, 6174]
# expect: 1111 [1111, 0]
print([digital_root(n) for n in [0, 9, 38, 12345, 999999999999, 2 ** 100]])
# expect: [0, 9, 2, 6, 9, 7]
print([n for n in range(1, 60) if harshad(n)])
# expect: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 18, 20, 21, 24, 27, 30, 36, 40, 42, 45, 48, 50, 54]
print([(n, persistence(n)) for n in [39, 999, 277777788888899, 10, 25]])
# expect: [(39, 3), (999, 4), (277777788888899, 11), (10, 1), (25, 2)]
counts = {}
for n in range(1000, 10000):
    if len(set(str(n))) > 1:
        k = len(kaprekar(n)) - 1
        counts[k] = counts.get(k, 0) + 1
print(dict(sorted(counts.items())))
# expect: {1: 357, 2: 519, 3: 2124, 4: 1124, 5: 1379, 6: 1508, 7: 1980}
