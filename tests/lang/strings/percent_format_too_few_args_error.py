print("%s %s" % ("a", "b"))
"%s %s" % ("a",)
# expect: a b
# expect runtime error: TypeError: not enough arguments for format string
