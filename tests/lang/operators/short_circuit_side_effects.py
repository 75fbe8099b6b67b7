def t(name):
    print("called", name)
    return True

def f(name):
    print("called", name)
    return False

print(f("a") and t("b"))
# expect: called a
# expect: False
print(t("c") or f("d"))
# expect: called c
# expect: True
print(f("e") or t("f"))
# expect: called e
# expect: called f
# expect: True
