def f():
    return "old"

print(f())
def f():
    return "new"
print(f())
# expect: old
# expect: new
