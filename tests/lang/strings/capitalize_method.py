print("hello World".capitalize())                    # expect: Hello world
print("HELLO".capitalize())                          # expect: Hello
print("123abc".capitalize(), repr("".capitalize()))  # expect: 123abc ''
