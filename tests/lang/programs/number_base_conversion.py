DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

for n, b in [(255, 16), (255, 2), (-42, 7), (0, 3), (2 ** 64, 36)]:
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)
# expect: 255 16 ff True
# expect: 255 2 11111111 True
# expect: -42 7 -60 True
# expect: 0 3 0 True
# expect: 18446744073709551616 36 3w5e11264sgsg True
