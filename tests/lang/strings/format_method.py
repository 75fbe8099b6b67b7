print("{} {}".format("hello", "world"))
print("{0}{1}{0}".format("ab", "-"))
print("{name} is {age}".format(name="Ann", age=30))
print("{:>4}|{:<4}|".format(1, 2))
print("{0:.2f} {1!r}".format(1 / 3, "s"))
print("{{}} {}".format(5))
# expect: hello world
# expect: ab-ab
# expect: Ann is 30
# expect:    1|2   |
# expect: 0.33 's'
# expect: {} 5
