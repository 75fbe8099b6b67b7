print(1 == "1", [1] == (1,), None == 0)      # expect: False False False
print(1 != "1")                              # expect: True
print(0 == 0.0 == False)                     # expect: True
print("abc" == "abc", [1, [2]] == [1, [2]])  # expect: True True
