print("hello world".title())
print("they're bill's".title())
print("HELLO wORLD".title())
print("x1y 2z".title())
# expect: Hello World
# expect: They'Re Bill'S
# expect: Hello World
# expect: X1Y 2Z
