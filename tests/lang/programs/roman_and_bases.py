ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = ""
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out += sym * count
    return out

def from_roman(s):
    values = {sym: v for v, sym in ROMAN if len(sym) == 1}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        if i + 1 < len(s) and values[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    assert from_roman(r) == n
    print(f"{n:>5} {r:<12} {bin(n):>14} {oct(n):>7} {hex(n):>6} {to_base(n, 36):>4}")
# expect:     1 I                       0b1     0o1    0x1    1
# expect:     4 IV                    0b100     0o4    0x4    4
# expect:     9 IX                   0b1001    0o11    0x9    9
# expect:    14 XIV                  0b1110    0o16    0xe    e
# expect:    40 XL                 0b101000    0o50   0x28   14
# expect:    90 XC                0b1011010   0o132   0x5a   2i
# expect:   400 CD              0b110010000   0o620  0x190   b4
# expect:  1994 MCMXCIV       0b11111001010  0o3712  0x7ca  1je
# expect:  2024 MMXXIV        0b11111101000  0o3750  0x7e8  1k8
# expect:  3999 MMMCMXCIX    0b111110011111  0o7637  0xf9f  333
for bad in (0, 4000, -3):
    try:
        to_roman(bad)
    except ValueError as e:
        print("error:", e)
# expect: error: 0 out of range
# expect: error: 4000 out of range
# expect: error: -3 out of range
for b in (2, 3, 7, 16, 36):
    s = to_base(-255, b)
    print(b, s, int(s, b))
# expect: 2 -11111111 -255
# expect: 3 -100110 -255
# expect: 7 -513 -255
# expect: 16 -ff -255
# expect: 36 -73 -255
print(int("zz", 36), int("777", 8), int("1010", 2), int("0x1F", 16), int("0o17", 0))
# expect: 1295 511 10 31 15
print(f"{2024:b} {2024:o} {2024:x} {2024:X} {2024:#b} {2024:#010x}")
# expect: 11111101000 3750 7e8 7E8 0b11111101000 0x000007e8
big = 2 ** 64 - 1
print(to_base(big, 16), hex(big), to_base(big, 36), len(bin(big)) - 2)
# expect: ffffffffffffffff 0xffffffffffffffff 3w5e11264sgsf 64
print(sum(int(d) for d in to_base(2 ** 100, 2)))  # expect: 1
