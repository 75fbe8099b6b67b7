# Regression: == and < of containers nested 100,000 deep (frozensets built in a loop, tuples,
# lists) recursed on the C stack until the interpreter crashed; like CPython, they now raise
# RecursionError, and a program goes on afterwards.
def nest(make, depth):
    x = 0
    for i in range(depth):
        x = make(x)
    return x


makers = [
    ("frozenset", lambda x: frozenset([x])),
    ("tuple", lambda x: (x,)),
    ("list", lambda x: [x]),
    ("set of tuples", lambda x: frozenset([(x, 1)])),
]
for name, make in makers:
    a, b = nest(make, 100000), nest(make, 100000)
    try:
        print(name, a == b)
    except RecursionError as e:
        print(name, "RecursionError:", e)
    print(name, "identity:", a == a)
    c, d = nest(make, 50), nest(make, 50)
    print(name, "shallow:", c == d, c != d)
# expect: frozenset RecursionError: maximum recursion depth exceeded in comparison
# expect: frozenset identity: True
# expect: frozenset shallow: True False
# expect: tuple RecursionError: maximum recursion depth exceeded in comparison
# expect: tuple identity: True
# expect: tuple shallow: True False
# expect: list RecursionError: maximum recursion depth exceeded in comparison
# expect: list identity: True
# expect: list shallow: True False
# expect: set of tuples RecursionError: maximum recursion depth exceeded in comparison
# expect: set of tuples identity: True
# expect: set of tuples shallow: True False

l1, l2 = nest(lambda x: [x], 100000), nest(lambda x: [x], 100000)
try:
    print(l1 < l2)
except RecursionError as e:
    print("RecursionError:", e)
    # expect: RecursionError: maximum recursion depth exceeded in comparison
s = {nest(lambda x: frozenset([x]), 100000)}
try:
    print(nest(lambda x: frozenset([x]), 100000) in s)
except RecursionError as e:
    print("in: RecursionError:", e)
    # expect: in: RecursionError: maximum recursion depth exceeded in comparison
print("alive")  # expect: alive
