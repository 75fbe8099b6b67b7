print("-".join(["a", "b"]))
"-".join(["a", 1])
# expect: a-b
# expect runtime error: TypeError: sequence item 1: expected str instance, int found
