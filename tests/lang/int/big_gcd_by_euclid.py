def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(gcd(2 ** 100, 6 ** 50))      # expect: 1125899906842624
print(gcd(-(10 ** 20), 15 ** 10))  # expect: 9765625
