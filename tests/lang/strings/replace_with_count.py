s = "one one one one"
print(s.replace("one", "two", 2))   # expect: two two one one
print(s.replace("one", "two", 0))   # expect: one one one one
print("abc".replace("", "-"))       # expect: -a-b-c-
print("aaa".replace("a", "b", -1))  # expect: bbb
