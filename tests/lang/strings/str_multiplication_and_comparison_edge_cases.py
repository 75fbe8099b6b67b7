print("ab" * 0 == "", "ab" * -1 == "")                       # expect: True True
print("a" < "b" < "ba", "Z" < "a", "" < "a")                 # expect: True True True
print(max("apple", "banana", "cherry"), min("b", "a", "c"))  # expect: cherry a
