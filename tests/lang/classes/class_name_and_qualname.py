class Outer:
    class Inner:
        pass

print(Outer.__name__, Outer.Inner.__name__)  # expect: Outer Inner
print(Outer.Inner.__qualname__)              # expect: Outer.Inner
