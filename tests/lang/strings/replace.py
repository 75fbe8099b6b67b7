s = "one fish two fish"
print(s.replace("fish", "cat"))     # expect: one cat two cat
print(s.replace("fish", "cat", 1))  # expect: one cat two fish
print(s.replace("x", "y"))          # expect: one fish two fish
print("aaa".replace("a", "bb"))     # expect: bbbbbb
print("abc".replace("", "-"))       # expect: -a-b-c-
