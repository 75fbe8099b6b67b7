def f():
    a = 1

    # a comment at block level does not end the block

        # even an oddly indented comment is ignored
    b = 2


    return a + b

print(f())  # expect: 3
