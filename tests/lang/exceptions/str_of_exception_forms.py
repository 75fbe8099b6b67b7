print(str(Exception()) == "")    # expect: True
print(str(Exception("msg")))     # expect: msg
print(str(Exception("a", "b")))  # expect: ('a', 'b')
print(str(Exception(5)))         # expect: 5
print(str(KeyError("k")))        # expect: 'k'
