it = iter([10, 20])
print(next(it))
print(next(it))
print(next(it, "exhausted"))
print(next(it, None))
s = iter("ab")
print(next(s), list(s))
# expect: 10
# expect: 20
# expect: exhausted
# expect: None
# expect: a ['b']
