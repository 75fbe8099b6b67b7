# Names are looked up when the call runs, so order of definitions is free.
def first():
    return second() + 1

def second():
    return 41

print(first())  # expect: 42
