s = "one fish two fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 1))
print(s.replace("x", "y"))
print("aaa".replace("a", "bb"))
print("abc".replace("", "-"))
# expect: one cat two cat
# expect: one cat two fish
# expect: one fish two fish
# expect: bbbbbb
# expect: -a-b-c-
