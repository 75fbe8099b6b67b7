def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def lcm(a, b):
    return a * b // gcd(a, b)

print(gcd(48, 18), gcd(17, 5), gcd(0, 9))  # expect: 6 1 9
print(lcm(4, 6), lcm(21, 6))               # expect: 12 42
result = 1
for k in range(1, 21):
    result = lcm(result, k)
print(result)                  # expect: 232792560
print(gcd(2 ** 100, 6 ** 50))  # expect: 1125899906842624
