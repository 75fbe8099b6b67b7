print(1 == "1", [1] == (1,), None == 0)
print(1 != "1")
print(0 == 0.0 == False)
print("abc" == "abc", [1, [2]] == [1, [2]])
# expect: False False False
# expect: True
# expect: True
# expect: True True
