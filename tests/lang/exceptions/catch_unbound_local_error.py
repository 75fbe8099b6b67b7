def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__)
        print(isinstance(e, NameError))
    x = 1

f()
# expect: UnboundLocalError
# expect: True
