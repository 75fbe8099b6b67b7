s = "abc"
print(s.find(""), s.rfind(""), s.find("", 5))
print(s.count(""), "".count(""))
# expect: 0 3 -1
# expect: 4 1
