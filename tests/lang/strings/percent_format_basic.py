print("%d items" % 5)            # expect: 5 items
print("%s and %s" % ("a", "b"))  # expect: a and b
print("%r" % "quoted")           # expect: 'quoted'
print("%s" % [1, 2])             # expect: [1, 2]
print("100%%" % ())              # expect: 100%
