def double(x):
    return x * 2

def square(x):
    return x * x

def apply(fn, value):
    return fn(value)

ops = [double, square]
print([apply(op, 5) for op in ops])  # expect: [10, 25]
alias = double
print(alias(21), alias is double)  # expect: 42 True
table = {"d": double, "s": square}
print(table["s"](4))  # expect: 16
