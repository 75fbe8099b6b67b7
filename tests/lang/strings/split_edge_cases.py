print("a,,b,".split(","))
print(",".split(","))
print("  ".split(), "  ".split(" "))
print("abc".split("abc"))
# expect: ['a', '', 'b', '']
# expect: ['', '']
# expect: [] ['', '', '']
# expect: ['', '']
