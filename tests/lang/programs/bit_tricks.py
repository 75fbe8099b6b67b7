def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

def gray(n):
    return n ^ (n >> 1)

def from_gray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n

def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r

def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0

def subsets_by_mask(items):
    return [[items[i] for i in range(len(items)) if mask >> i & 1] for mask in range(1 << len(items))]

def hamming(a, b):
    return popcount(a ^ b)

def single_number(nums):
    r = 0
    for x in nums:
        r ^= x
    return r

print([popcount(n) for n in range(17)], popcount(2 ** 100 - 1))
# expect: [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 1] 100
print([f"{gray(i):04b}" for i in range(16)])
# expect: ['0000', '0001', '0011', '0010', '0110', '0111', '0101', '0100', '1100', '1101', '1111', '1110', '1010', '1011', '1001', '1000']
print(all(from_gray(gray(i)) == i for i in range(1000)))  # expect: True
print([reverse_bits(n) for n in (1, 2, 3, 0b10110000, 255)], f"{reverse_bits(0b1101, 4):04b}")
# expect: [128, 64, 192, 13, 255] 1011
print([n for n in range(70) if is_power_of_two(n)], is_power_of_two(2 ** 64), is_power_of_two(2 ** 64 + 1))
# expect: [1, 2, 4, 8, 16, 32, 64] True False
print(subsets_by_mask(["a", "b", "c"]))
# expect: [[], ['a'], ['b'], ['a', 'b'], ['c'], ['a', 'c'], ['b', 'c'], ['a', 'b', 'c']]
print(hamming(0b1011101, 0b1001001), hamming(2 ** 70, 1))              # expect: 2 2
print(single_number([4, 1, 2, 1, 2]), single_number([7, 3, 7, 9, 3]))  # expect: 4 9
flags = {"READ": 1, "WRITE": 2, "EXEC": 4}
perm = flags["READ"] | flags["EXEC"]
print([name for name, bit in flags.items() if perm & bit], perm, perm & ~flags["READ"], perm ^ 7)
# expect: ['READ', 'EXEC'] 5 4 2
x = 0b1010_1100
print(x, bin(x), x & -x, x.bit_length(), bin(x >> 2), bin(x << 3), ~x, -x >> 1, bin(-x & 0xFF))
# expect: 172 0b10101100 4 8 0b101011 0b10101100000 -173 -86 0b1010100
print(f"{0xDEADBEEF:032b}", f"{-5 & 0xFFFFFFFF:#010x}", int("11111111", 2), 0o777 & 0o644)
# expect: 11011110101011011011111011101111 0xfffffffb 255 420
