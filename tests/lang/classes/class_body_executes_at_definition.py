print("before")
class Loud:
    print("inside class body")
    x = 1
print("after", Loud.x)
# expect: before
# expect: inside class body
# expect: after 1
