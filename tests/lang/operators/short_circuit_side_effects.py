def t(name):
    print("called", name)
    return True

def f(name):
    print("called", name)
    return False

print(f("a") and t("b"))
print(t("c") or f("d"))
print(f("e") or t("f"))
# expect: called a
# expect: False
# expect: called c
# expect: True
# expect: called e
# expect: called f
# expect: True
