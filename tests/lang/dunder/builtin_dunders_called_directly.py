# Regression (difftest): the special methods of builtin types, called directly, answer as
# CPython's own slots do: NotImplemented for an operand the type does not handle (an int's
# for a float), and a TypeError where the sequence slots raise one.
print((1).__eq__(1.0), (1.0).__eq__(1), (1).__add__(0.5), (1.5).__add__(1))  # expect: NotImplemented True NotImplemented 2.5
print("a".__eq__(1), [1].__eq__((1,)), (1,).__lt__([2]), {1}.__eq__(frozenset({1})))  # expect: NotImplemented NotImplemented NotImplemented True
print(True.__add__(1), (2).__mul__(True), (3).__lt__(2.5), range(2).__eq__([0, 1]))  # expect: 2 2 NotImplemented NotImplemented
print({1: 2}.__or__({3: 4}), {1: 2}.__or__([]), "ab".__mul__(2), [0].__rmul__(3))  # expect: {1: 2, 3: 4} NotImplemented abab [0, 0, 0]


def err(f):
    try:
        print(f())
    except TypeError as e:
        print(e)


err(lambda: "a".__add__(("a",)))  # expect: can only concatenate str (not "tuple") to str
err(lambda: [1].__add__((2,)))  # expect: can only concatenate list (not "tuple") to list
err(lambda: "a".__mul__(1.5))  # expect: 'float' object cannot be interpreted as an integer
err(lambda: (1,).__rmul__("x"))  # expect: 'str' object cannot be interpreted as an integer
print(hasattr({}, "__add__"), hasattr(set(), "__mul__"), hasattr((), "__add__"))  # expect: False False True
