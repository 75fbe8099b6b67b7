# Regression (difftest): wrong argument counts to builtin methods are worded as CPython
# words them, which depends on how CPython parses that method's arguments.
def err(f):
    try:
        f()
    except TypeError as e:
        print(e)


err(lambda: [].insert())  # expect: insert expected 2 arguments, got 0
err(lambda: [].insert(1))  # expect: insert expected 2 arguments, got 1
err(lambda: [].append())  # expect: list.append() takes exactly one argument (0 given)
err(lambda: [].copy(1))  # expect: list.copy() takes no arguments (1 given)
err(lambda: [].pop(1, 2))  # expect: pop expected at most 1 argument, got 2
err(lambda: [].sort(1))  # expect: sort() takes no positional arguments
err(lambda: "".find())  # expect: find() takes at least 1 argument (0 given)
err(lambda: "".count(1, 2, 3, 4))  # expect: count() takes at most 3 arguments (4 given)
err(lambda: "".startswith())  # expect: startswith() takes at least 1 argument (0 given)
err(lambda: "".rindex())  # expect: rindex() takes at least 1 argument (0 given)
err(lambda: "".split(1, 2, 3))  # expect: split() takes at most 2 arguments (3 given)
err(lambda: "".expandtabs(1, 2))  # expect: expandtabs() takes at most 1 argument (2 given)
err(lambda: "".center())  # expect: center expected at least 1 argument, got 0
err(lambda: "".strip(1, 2))  # expect: strip expected at most 1 argument, got 2
err(lambda: {}.update(1, 2))  # expect: update expected at most 1 argument, got 2
err(lambda: {}.get())  # expect: get expected at least 1 argument, got 0
err(lambda: "a".split(x=1))  # expect: 'x' is an invalid keyword argument for split()
err(lambda: "a".splitlines(x=1))  # expect: 'x' is an invalid keyword argument for splitlines()
err(lambda: [].sort(x=1))  # expect: 'x' is an invalid keyword argument for sort()
