print(str(42), str(-3.5), str(True), str(None))  # expect: 42 -3.5 True None
print(str([1, "a"]), str((1,)))                  # expect: [1, 'a'] (1,)
print(str("already"))                            # expect: already
print(str() == "")                               # expect: True
