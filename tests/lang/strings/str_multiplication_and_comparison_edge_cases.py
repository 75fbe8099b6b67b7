print("ab" * 0 == "", "ab" * -1 == "")
print("a" < "b" < "ba", "Z" < "a", "" < "a")
print(max("apple", "banana", "cherry"), min("b", "a", "c"))
# expect: True True
# expect: True True True
# expect: cherry a
