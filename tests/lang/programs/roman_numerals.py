VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    out = ""
    for value, symbol in VALUES:
        while n >= value:
            out += symbol
            n -= value
    return out

def from_roman(s):
    single = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = single[ch]
        if i + 1 < len(s) and single[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total

for n in (4, 9, 14, 1994, 2024, 3999):
    r = to_roman(n)
    print(n, r, from_roman(r))
# expect: 4 IV 4
# expect: 9 IX 9
# expect: 14 XIV 14
# expect: 1994 MCMXCIV 1994
# expect: 2024 MMXXIV 2024
# expect: 3999 MMMCMXCIX 3999
print(all(from_roman(to_roman(n)) == n for n in range(1, 1000)))  # expect: True
