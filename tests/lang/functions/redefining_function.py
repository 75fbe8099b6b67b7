def f():
    return "old"

print(f())  # expect: old
def f():
    return "new"
print(f())  # expect: new
