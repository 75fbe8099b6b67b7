print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{greet}, {name}!".format(greet="Hi", name="Ann"))
print("{0} is {age}".format("Bob", age=40))
# expect: 1 + 2 = 3
# expect: b a b
# expect: Hi, Ann!
# expect: Bob is 40
