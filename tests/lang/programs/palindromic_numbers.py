def is_pal(n):
    s = str(n)
    return s == s[::-1]

def next_palindrome(n):
    n += 1
    while not is_pal(n):
        n += 1
    return n

def lychrel_steps(n, limit=50):
    for i in range(1, limit + 1):
        n += int(str(n)[::-1])
        if is_pal(n):
            return i, n
    return None

def largest_pal_product(digits):
    lo, hi = 10 ** (digits - 1), 10 ** digits - 1
    best = (0, 0, 0)
    for a in range(hi, lo - 1, -1):
        if a * hi <= best[0]:
            break
        for b in range(hi, a - 1, -1):
            p = a * b
            if p <= best[0]:
                break
            if is_pal(p):
                best = (p, a, b)
    return best

def double_base(limit):
    return [n for n in range(1, limit) if is_pal(n) and bin(n)[2:] == bin(n)[2:][::-1]]

print([next_palindrome(n) for n in (0, 9, 10, 99, 123, 808, 999, 12921)])
# expect: [1, 11, 11, 101, 131, 818, 1001, 13031]
for n in (56, 57, 59, 89, 196, 10911):
    print(n, lychrel_steps(n))
# expect: 56 (1, 121)
# expect: 57 (2, 363)
# expect: 59 (3, 1111)
# expect: 89 (24, 8813200023188)
# expect: 196 None
# expect: 10911 None
print(largest_pal_product(2), largest_pal_product(3))  # expect: (9009, 91, 99) (906609, 913, 993)
print(double_base(1000), sum(double_base(100000)))
# expect: [1, 3, 5, 7, 9, 33, 99, 313, 585, 717] 286602
print(sum(1 for n in range(10000) if is_pal(n)), [n * n for n in range(1, 30) if is_pal(n * n)])
# expect: 199 [1, 4, 9, 121, 484, 676]
