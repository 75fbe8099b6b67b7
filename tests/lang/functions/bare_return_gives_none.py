def check(x):
    if x > 0:
        return
    return x

print(check(5))
print(check(-1))
# expect: None
# expect: -1
