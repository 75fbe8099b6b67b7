def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fact(5), fact(20))            # expect: 120 2432902008176640000
print([fib(i) for i in range(12)])  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
