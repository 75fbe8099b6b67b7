def f():
    try:
        print("body")
    finally:
        print("cleanup")

f()
# expect: body
# expect: cleanup
