s = "a\tbc\tdef"
print(s.expandtabs().replace(" ", "."))   # expect: a.......bc......def
print(s.expandtabs(4).replace(" ", "."))  # expect: a...bc..def
print("\t".expandtabs(2).replace(" ", "."), len("x\ty".expandtabs(0)))  # expect: .. 2
