print("{} + {} = {}".format(1, 2, 3))                     # expect: 1 + 2 = 3
print("{1} {0} {1}".format("a", "b"))                     # expect: b a b
print("{greet}, {name}!".format(greet="Hi", name="Ann"))  # expect: Hi, Ann!
print("{0} is {age}".format("Bob", age=40))               # expect: Bob is 40
