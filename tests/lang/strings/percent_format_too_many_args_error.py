print("%s" % "a")  # expect: a
"%s" % ("a", "b")
# expect runtime error: TypeError: not all arguments converted during string formatting
