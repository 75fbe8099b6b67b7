# Regression (difftest): with too many positional arguments, CPython counts the keyword-only
# arguments given too, and reports an unknown keyword argument first.
def k0(*, k=1):
    pass


def k1(a, *, k=1, j=2):
    pass


def f0():
    pass


def f1(a):
    pass


def err(f):
    try:
        f()
    except TypeError as e:
        print(e)


err(lambda: k0(1, k=2))  # expect: k0() takes 0 positional arguments but 1 positional argument (and 1 keyword-only argument) were given
err(lambda: k1(1, 2, k=3, j=4))  # expect: k1() takes 1 positional argument but 2 positional arguments (and 2 keyword-only arguments) were given
err(lambda: k1(1, 2))  # expect: k1() takes 1 positional argument but 2 were given
err(lambda: f0(1, x=2))  # expect: f0() got an unexpected keyword argument 'x'
err(lambda: f1(1, 2, a=3))  # expect: f1() got multiple values for argument 'a'
