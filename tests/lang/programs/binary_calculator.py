def add_bin(a, b):
    result, carry = [], 0
    a, b = a[::-1], b[::-1]
    for i in range(max(len(a), len(b))):
        s = carry + (a[i] == "1" if i < len(a) else 0) + (b[i] == "1" if i < len(b) else 0)
        result.append(str(s % 2))
        carry = s // 2
    if carry:
        result.append("1")
    return "".join(reversed(result))

def twos_complement(n, bits=8):
    if not -(1 << (bits - 1)) <= n < (1 << (bits - 1)):
        raise OverflowError(f"{n} does not fit in {bits} bits")
    return format(n & ((1 << bits) - 1), f"0{bits}b")

def from_twos(s):
    n = int(s, 2)
    return n - (1 << len(s)) if s[0] == "1" else n

def mul_bin(a, b):
    total = "0"
    for i, bit in enumerate(reversed(b)):
        if bit == "1":
            total = add_bin(total, a + "0" * i)
    return total.lstrip("0") or "0"

pairs = [("1011", "110"), ("1111", "1"), ("0", "0"), ("100000", "11111")]
for a, b in pairs:
    s = add_bin(a, b)
    p = mul_bin(a, b)
    print(f"{a} + {b} = {s} ({int(a, 2)}+{int(b, 2)}={int(s, 2)}), {a} * {b} = {p} ({int(p, 2)})")
# expect: 1011 + 110 = 10001 (11+6=17), 1011 * 110 = 1000010 (66)
# expect: 1111 + 1 = 10000 (15+1=16), 1111 * 1 = 1111 (15)
# expect: 0 + 0 = 0 (0+0=0), 0 * 0 = 0 (0)
# expect: 100000 + 11111 = 111111 (32+31=63), 100000 * 11111 = 1111100000 (992)
for n in [0, 1, -1, 127, -128, 42, -42]:
    t = twos_complement(n)
    print(f"{n:>5} -> {t} -> {from_twos(t)}")
# expect:     0 -> 00000000 -> 0
# expect:     1 -> 00000001 -> 1
# expect:    -1 -> 11111111 -> -1
# expect:   127 -> 01111111 -> 127
# expect:  -128 -> 10000000 -> -128
# expect:    42 -> 00101010 -> 42
# expect:   -42 -> 11010110 -> -42
try:
    twos_complement(200)
except OverflowError as e:
    print("OverflowError:", e)  # expect: OverflowError: 200 does not fit in 8 bits
print(twos_complement(-1, 16), from_twos("1000000000000000"), twos_complement(1000, 12))
# expect: 1111111111111111 -32768 001111101000
