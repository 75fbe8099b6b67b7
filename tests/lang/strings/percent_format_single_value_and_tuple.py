print("%s" % (1,))
print("%s" % "x")
print("[%s]" % ((1, 2),))
# expect: 1
# expect: x
# expect: [(1, 2)]
