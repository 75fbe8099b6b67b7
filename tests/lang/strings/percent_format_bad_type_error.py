print("%d" % 5)  # expect: 5
"%d" % "five"    # expect runtime error: TypeError: %d format: a real number is required, not str
