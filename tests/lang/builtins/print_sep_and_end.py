print("a", "b", "c", sep="-")  # expect: a-b-c
print("x", "y", sep="")        # expect: xy
print("no newline", end="")
print(" <- continued")               # expect: no newline <- continued
print(1, 2, 3, sep=", ", end=".\n")  # expect: 1, 2, 3.
print("multi", "sep", sep=" :: ")    # expect: multi :: sep
