print("ab".center(8, "-"))         # expect: ---ab---
print("ab".ljust(6, "*") + "|")    # expect: ab****|
print("ab".rjust(6, "0"))          # expect: 0000ab
print("long text".center(4, "-"))  # expect: long text
