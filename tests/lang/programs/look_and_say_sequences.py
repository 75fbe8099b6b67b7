def look_and_say(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)

def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return length

def happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1

def perfect_numbers(limit):
    return [n for n in range(2, limit) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]

def amicable(limit):
    def d(n):
        total = 1
        k = 2
        while k * k <= n:
            if n % k == 0:
                total += k + (n // k if k * k != n else 0)
            k += 1
        return total
    pairs = []
    for a in range(2, limit):
        b = d(a)
        if b > a and d(b) == a:
            pairs.append((a, b))
    return pairs

def triangle_numbers():
    n = t = 0
    while True:
        n += 1
        t += n
        yield t

s = "1"
for _ in range(10):
    print(s)
    s = look_and_say(s)
# expect: 1
# expect: 11
# expect: 21
# expect: 1211
# expect: 111221
# expect: 312211
# expect: 13112221
# expect: 1113213211
# expect: 31131211131221
# expect: 13211311123113112211
print(len(s))  # expect: 26
best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best), [collatz_len(n) for n in range(1, 11)])
# expect: 6171 262 [1, 2, 8, 3, 6, 9, 17, 4, 20, 7]
print([n for n in range(1, 50) if happy(n)])  # expect: [1, 7, 10, 13, 19, 23, 28, 31, 32, 44, 49]
print(perfect_numbers(10000))                 # expect: [6, 28, 496, 8128]
print(amicable(3000))                         # expect: [(220, 284), (1184, 1210), (2620, 2924)]
tri = triangle_numbers()
print([next(tri) for _ in range(10)])  # expect: [1, 3, 6, 10, 15, 21, 28, 36, 45, 55]
armstrong = [n for n in range(1, 100000) if n == sum(int(d) ** len(str(n)) for d in str(n))]
print(armstrong)
# expect: [1, 2, 3, 4, 5, 6, 7, 8, 9, 153, 370, 371, 407, 1634, 8208, 9474, 54748, 92727, 93084]
