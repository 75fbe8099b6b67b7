print("{0}".format("only"))  # expect: only
"{0} {1}".format("only")
# expect runtime error: IndexError: Replacement index 1 out of range for positional args tuple
