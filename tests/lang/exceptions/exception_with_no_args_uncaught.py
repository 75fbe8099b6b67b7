# An uncaught exception without arguments prints just its name.
print("start")   # expect: start
raise Exception  # expect runtime error: Exception
