print("a,,b,".split(","))             # expect: ['a', '', 'b', '']
print(",".split(","))                 # expect: ['', '']
print("  ".split(), "  ".split(" "))  # expect: [] ['', '', '']
print("abc".split("abc"))             # expect: ['', '']
