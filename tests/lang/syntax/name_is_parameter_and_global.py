def f(x):
    global x  # expect syntax error: 2:5 name 'x' is parameter and global
