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
except ValueError:
    print("handled")
# expect: inner cleanup
# expect: outer cleanup
# expect: handled
