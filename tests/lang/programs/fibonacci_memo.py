memo = {0: 0, 1: 1}
calls = 0

def fib(n):
    global calls
    calls += 1
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print([fib(n) for n in range(10)])  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
print(fib(100))                     # expect: 354224848179261915075
print(len(memo), calls)             # expect: 101 209
print(slow_fib(20) == fib(20))      # expect: True
