def f():
    nonlocal x  # expect syntax error: 2:5 no binding for nonlocal 'x' found
