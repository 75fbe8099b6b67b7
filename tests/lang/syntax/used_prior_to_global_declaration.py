def f():
    print(x)
    global x  # expect syntax error: 3:5 name 'x' is used prior to global declaration
