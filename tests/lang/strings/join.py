print(",".join(["a", "b", "c"]))            # expect: a,b,c
print("".join(["x", "y"]))                  # expect: xy
print(" - ".join("abc"))                    # expect: a - b - c
print("|".join([]))                         # expect:
print("+".join(str(n) for n in [1, 2, 3]))  # expect: 1+2+3
