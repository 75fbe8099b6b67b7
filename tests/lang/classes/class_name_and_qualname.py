class Outer:
    class Inner:
        pass

print(Outer.__name__, Outer.Inner.__name__)
print(Outer.Inner.__qualname__)
# expect: Outer Inner
# expect: Outer.Inner
