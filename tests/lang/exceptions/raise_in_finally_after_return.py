def f():
    try:
        return 1
    finally:
        raise ValueError("finally wins")

try:
    f()
except ValueError as e:
    print(e)  # expect: finally wins
