print("hello World".capitalize())
print("HELLO".capitalize())
print("123abc".capitalize(), repr("".capitalize()))
# expect: Hello world
# expect: Hello
# expect: 123abc ''
