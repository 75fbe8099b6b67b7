classes = {}

def register(cls):
    classes[cls.__name__.lower()] = cls
    return cls

@register
class Circle:
    sides = 0

@register
class Triangle:
    sides = 3

print(sorted(classes), classes["triangle"].sides)  # expect: ['circle', 'triangle'] 3
