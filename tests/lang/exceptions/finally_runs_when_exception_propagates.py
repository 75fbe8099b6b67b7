def f():
    try:
        raise ValueError("boom")
    finally:
        print("cleanup")

try:
    f()  # expect: cleanup
except ValueError as e:
    print("caught", e)  # expect: caught boom
