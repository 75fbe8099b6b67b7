print("hello world".title())     # expect: Hello World
print("they're bill's".title())  # expect: They'Re Bill'S
print("HELLO wORLD".title())     # expect: Hello World
print("x1y 2z".title())          # expect: X1Y 2Z
