print("%s" % (1,))         # expect: 1
print("%s" % "x")          # expect: x
print("[%s]" % ((1, 2),))  # expect: [(1, 2)]
