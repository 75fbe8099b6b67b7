# Big integers: ints grow as large as they need to.
print(2 ** 100)


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


print(factorial(30))
big = 3 ** 80
print(big, big % 1000007, big // 7 ** 20)
print(len(str(factorial(100))), "digits in 100!")
print(-(2 ** 70) + 1)
