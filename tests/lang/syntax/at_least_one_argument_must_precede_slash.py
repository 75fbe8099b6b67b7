def f(/, a):  # expect syntax error: 1:7 at least one argument must precede /
    pass
