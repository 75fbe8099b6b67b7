a = ValueError("a")
b = ValueError("b")
print(a.args, b.args, a is b)  # expect: ('a',) ('b',) False
print(type(a) is type(b))      # expect: True
