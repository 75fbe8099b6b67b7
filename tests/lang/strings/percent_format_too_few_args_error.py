print("%s %s" % ("a", "b"))  # expect: a b
"%s %s" % ("a",)  # expect runtime error: TypeError: not enough arguments for format string
