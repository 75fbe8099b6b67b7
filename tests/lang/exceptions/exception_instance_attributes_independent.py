a = ValueError("a")
b = ValueError("b")
print(a.args, b.args, a is b)
print(type(a) is type(b))
# expect: ('a',) ('b',) False
# expect: True
