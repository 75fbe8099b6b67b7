print("a" < "b", "B" < "a", "abc" < "abd")
print("ab" < "abc", "b" > "abc")
print("10" < "9")
print(sorted(["pear", "Apple", "banana", "apple"]))
print("é" > "z")
# expect: True True True
# expect: True True
# expect: True
# expect: ['Apple', 'apple', 'banana', 'pear']
# expect: True
