print(str(42), str(-3.5), str(True), str(None))
print(str([1, "a"]), str((1,)))
print(str("already"))
print(str() == "")
# expect: 42 -3.5 True None
# expect: [1, 'a'] (1,)
# expect: already
# expect: True
