print(",".join(["a", "b", "c"]))
print("".join(["x", "y"]))
print(" - ".join("abc"))
print("|".join([]))
print("+".join(str(n) for n in [1, 2, 3]))
# expect: a,b,c
# expect: xy
# expect: a - b - c
# expect:
# expect: 1+2+3
