def count_down(n):
    if n == 0:
        return "done"
    return count_down(n - 1)

print(count_down(10))   # expect: done
print(count_down(500))  # expect: done
def bad_factorial(n):
    return n * bad_factorial(n - 1)

try:
    bad_factorial(5)
except RecursionError as e:
    print("caught:", e)  # expect: caught: maximum recursion depth exceeded
print(bad_factorial(3))  # expect runtime error: RecursionError: maximum recursion depth exceeded
