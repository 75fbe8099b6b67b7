s = "one one one one"
print(s.replace("one", "two", 2))
print(s.replace("one", "two", 0))
print("abc".replace("", "-"))
print("aaa".replace("a", "b", -1))
# expect: two two one one
# expect: one one one one
# expect: -a-b-c-
# expect: bbb
