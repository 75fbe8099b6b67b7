print("a", "b", "c", sep="-")
print("x", "y", sep="")
print("no newline", end="")
print(" <- continued")
print(1, 2, 3, sep=", ", end=".\n")
print("multi", "sep", sep=" :: ")
# expect: a-b-c
# expect: xy
# expect: no newline <- continued
# expect: 1, 2, 3.
# expect: multi :: sep
