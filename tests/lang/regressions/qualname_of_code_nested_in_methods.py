# Regression: a function, lambda or comprehension nested in a method or a comprehension took
# its parent's bare name as the start of its __qualname__ ("n.<locals>.inner" in class P,
# "<listcomp>.<lambda>" in a method) instead of the parent's whole qualified name.
class P:
    def m(self):
        return [lambda: 0 for _ in "a"][0]

    def n(self):
        def inner():
            return lambda: 0
        return inner

    class Q:
        def f(self):
            pass


print(P().m().__qualname__)    # expect: P.m.<locals>.<listcomp>.<lambda>
print(P().n().__qualname__)    # expect: P.n.<locals>.inner
print(P().n()().__qualname__)  # expect: P.n.<locals>.inner.<locals>.<lambda>
print(P.Q.f.__qualname__)      # expect: P.Q.f


def outer():
    class C:
        def m(self):
            pass
    return C


print(outer().m.__qualname__)                    # expect: outer.<locals>.C.m
print([lambda: 0 for _ in "a"][0].__qualname__)  # expect: <listcomp>.<lambda>
