def check(x):
    print("checking", x)
    return x > 2

print(any(check(x) for x in [1, 5, 9]))
# expect: checking 1
# expect: checking 5
# expect: True
print(all(check(x) for x in [3, 0, 9]))
# expect: checking 3
# expect: checking 0
# expect: False
