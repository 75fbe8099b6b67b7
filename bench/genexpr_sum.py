# genexpr_sum.py — idiomatic reductions over generator expressions: sum(), max() and
# "".join() drive Python code from C, and every item is garbage once used. Peak memory
# shows whether the collector runs while a builtin is on the stack.


def digit_sum(n):
    return sum(int(c) for c in str(n))


def small_sum(n):
    return sum(c for c in range(3))


hits = sum(n for n in range(300000) if n % 7 == small_sum(n))
powers = sum(n for n in range(2, 120000) if n == sum(int(d) ** 4 for d in str(n)))
longest = max((str(n) * (n % 5) for n in range(100000)), key=len)
joined = len("".join(str(digit_sum(n)) for n in range(100000)))
print(hits, powers, len(longest), joined)
