s = "a\tbc\tdef"
print(s.expandtabs().replace(" ", "."))
print(s.expandtabs(4).replace(" ", "."))
print("\t".expandtabs(2).replace(" ", "."), len("x\ty".expandtabs(0)))
# expect: a.......bc......def
# expect: a...bc..def
# expect: .. 2
