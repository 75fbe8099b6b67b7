# Regression: the repr guard had room for 64 containers, so printing a list nested 500 deep
# (which CPython prints) raised RecursionError; past the recursion limit it must still be a
# RecursionError, not a crash.
def nest(make, depth):
    x = 0
    for i in range(depth):
        x = make(x)
    return x


a = nest(lambda x: [x], 500)
print(repr(a) == "[" * 500 + "0" + "]" * 500, str(a) == repr(a))  # expect: True True
print(len(repr(nest(lambda x: (x,), 500))))                       # expect: 1501
print(len(repr(nest(lambda x: {"k": x}, 400))))                   # expect: 2801
print(len(repr(nest(lambda x: frozenset([x]), 300))))             # expect: 3901
print(len(repr(nest(lambda x: [{1: (x, [])}], 150))))             # expect: 1951
print(repr(nest(lambda x: [x, x], 3)))  # expect: [[[0, 0], [0, 0]], [[0, 0], [0, 0]]]

# A cycle deep inside still prints as [...].
b = nest(lambda x: [x], 300)
c = b
while c[0] != 0:
    c = c[0]
c[0] = b
print(repr(b).count("[...]"), len(repr(b)))  # expect: 1 605

for make in (lambda x: [x], lambda x: (x,), lambda x: {0: x}, lambda x: {x}):
    try:
        repr(nest(make, 100000))
    except RecursionError as e:
        print("RecursionError:", e)
    except TypeError as e:
        print("TypeError:", e)
# expect: RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: TypeError: unhashable type: 'set'
print(repr(nest(lambda x: [x], 3)))  # expect: [[[0]]]
