def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result

f = factorial(100)
print(sum(int(d) for d in str(f)))  # expect: 648
print(len(str(f)))                  # expect: 158
digits = str(f)
print(len(digits) - len(digits.rstrip("0")), "trailing zeros")  # expect: 24 trailing zeros
print(str(factorial(25)))                                       # expect: 15511210043330985984000000
