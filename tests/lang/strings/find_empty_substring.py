s = "abc"
print(s.find(""), s.rfind(""), s.find("", 5))  # expect: 0 3 -1
print(s.count(""), "".count(""))               # expect: 4 1
