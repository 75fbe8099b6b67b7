print("%d items" % 5)
print("%s and %s" % ("a", "b"))
print("%r" % "quoted")
print("%s" % [1, 2])
print("100%%" % ())
# expect: 5 items
# expect: a and b
# expect: 'quoted'
# expect: [1, 2]
# expect: 100%
