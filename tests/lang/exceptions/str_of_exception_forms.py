print(str(Exception()) == "")
print(str(Exception("msg")))
print(str(Exception("a", "b")))
print(str(Exception(5)))
print(str(KeyError("k")))
# expect: True
# expect: msg
# expect: ('a', 'b')
# expect: 5
# expect: 'k'
