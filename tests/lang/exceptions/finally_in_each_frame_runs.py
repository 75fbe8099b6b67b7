def inner():
    try:
        raise ValueError("x")
    finally:
        print("inner cleanup")

def outer():
    try:
        inner()
    finally:
        print("outer cleanup")

try:
    outer()
    # expect: inner cleanup
    # expect: outer cleanup
except ValueError:
    print("handled")  # expect: handled
