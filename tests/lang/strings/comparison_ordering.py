print("a" < "b", "B" < "a", "abc" < "abd")           # expect: True True True
print("ab" < "abc", "b" > "abc")                     # expect: True True
print("10" < "9")                                    # expect: True
print(sorted(["pear", "Apple", "banana", "apple"]))  # expect: ['Apple', 'apple', 'banana', 'pear']
print("é" > "z")                                     # expect: True
