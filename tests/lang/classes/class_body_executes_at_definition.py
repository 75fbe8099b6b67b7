print("before")  # expect: before
class Loud:
    print("inside class body")
    x = 1
# expect: inside class body
print("after", Loud.x)  # expect: after 1
