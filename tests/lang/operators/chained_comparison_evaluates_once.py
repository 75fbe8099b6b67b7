# In a < f() < b the middle operand is evaluated only once.
def mid():
    print("mid called")
    return 5

print(1 < mid() < 10)
# expect: mid called
# expect: True
print(10 < mid() < 20)
# expect: mid called
# expect: False
