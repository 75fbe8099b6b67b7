e = ValueError("a")
e.args = ("b", "c")
print(e, e.args)  # expect: ('b', 'c') ('b', 'c')
