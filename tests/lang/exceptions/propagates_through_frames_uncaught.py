def a():
    b()

def b():
    c()

def c():
    raise LookupError("from c")

print("calling")
a()
# expect: calling
# expect runtime error: LookupError: from c
