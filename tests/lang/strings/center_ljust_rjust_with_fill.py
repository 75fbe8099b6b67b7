print("ab".center(8, "-"))
print("ab".ljust(6, "*") + "|")
print("ab".rjust(6, "0"))
print("long text".center(4, "-"))
# expect: ---ab---
# expect: ab****|
# expect: 0000ab
# expect: long text
