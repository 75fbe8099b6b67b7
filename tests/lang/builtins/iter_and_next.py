it = iter([10, 20])
print(next(it))               # expect: 10
print(next(it))               # expect: 20
print(next(it, "exhausted"))  # expect: exhausted
print(next(it, None))         # expect: None
s = iter("ab")
print(next(s), list(s))  # expect: a ['b']
