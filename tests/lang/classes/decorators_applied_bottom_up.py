def mark(label):
    print("making", label)
    def decorate(func):
        print("applying", label)
        return func
    return decorate

@mark("outer")
@mark("inner")
def f():
    return "called"
# expect: making outer
# expect: making inner
# expect: applying inner
# expect: applying outer

print(f())  # expect: called
