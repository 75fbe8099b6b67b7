def f():
    x = 1
    global x  # expect syntax error: 3:5 name 'x' is assigned to before global declaration
