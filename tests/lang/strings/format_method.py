print("{} {}".format("hello", "world"))              # expect: hello world
print("{0}{1}{0}".format("ab", "-"))                 # expect: ab-ab
print("{name} is {age}".format(name="Ann", age=30))  # expect: Ann is 30
print("{:>4}|{:<4}|".format(1, 2))                   # expect:    1|2   |
print("{0:.2f} {1!r}".format(1 / 3, "s"))            # expect: 0.33 's'
print("{{}} {}".format(5))                           # expect: {} 5
