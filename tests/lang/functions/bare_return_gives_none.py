def check(x):
    if x > 0:
        return
    return x

print(check(5))   # expect: None
print(check(-1))  # expect: -1
