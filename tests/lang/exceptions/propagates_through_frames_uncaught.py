def a():
    b()

def b():
    c()

def c():
    raise LookupError("from c")

print("calling")  # expect: calling
a()               # expect runtime error: LookupError: from c
