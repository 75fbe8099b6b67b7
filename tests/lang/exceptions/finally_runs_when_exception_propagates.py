def f():
    try:
        raise ValueError("boom")
    finally:
        print("cleanup")

try:
    f()
except ValueError as e:
    print("caught", e)
# expect: cleanup
# expect: caught boom
