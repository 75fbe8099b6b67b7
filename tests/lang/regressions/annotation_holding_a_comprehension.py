# Regression: an annotation at a module's or a class's top level is evaluated, but scope
# analysis never looked inside it, so a comprehension there had no scope and the compiler
# crashed (found by fuzz_compile).
m = [[1, -2], [3]]
p: len([[x for x in row if x > 0] for row in m]) = 1
print(__annotations__["p"], p)                       # expect: 2 1


class A:
    x: [t for t in (int, str)][1] = 5


print(A.__annotations__["x"], A.x)                   # expect: <class 'str'> 5


def f():
    z: [q for q in undefined_name] = 1               # a function does not evaluate it
    return z


print(f())                                           # expect: 1
