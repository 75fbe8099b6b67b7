# A dedent to a level that never was.
if True:
        a = 1
    b = 2
