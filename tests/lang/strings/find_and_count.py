s = "banana"
print(s.find("an"), s.find("an", 2), s.find("x"))  # expect: 1 3 -1
print(s.count("a"), s.count("an"), s.count("x"))   # expect: 3 2 0
print("aaaa".count("aa"))                          # expect: 2
