class Red:
    color = "red"

class Blue:
    color = "blue"

objs = [cls() for cls in (Red, Blue, Red)]
print([o.color for o in objs])  # expect: ['red', 'blue', 'red']
