s = "banana"
print(s.find("an"), s.find("an", 2), s.find("x"))
print(s.count("a"), s.count("an"), s.count("x"))
print("aaaa".count("aa"))
# expect: 1 3 -1
# expect: 3 2 0
# expect: 2
