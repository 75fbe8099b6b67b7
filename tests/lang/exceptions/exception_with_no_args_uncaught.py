# An uncaught exception without arguments prints just its name.
print("start")
raise Exception
# expect: start
# expect runtime error: Exception
