print("%s" % "a")
"%s" % ("a", "b")
# expect: a
# expect runtime error: TypeError: not all arguments converted during string formatting
