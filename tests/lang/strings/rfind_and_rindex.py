s = "abcabcabc"
print(s.rfind("abc"), s.rfind("abc", 0, 8), s.rfind("z"))  # expect: 6 3 -1
print(s.rindex("b"), s.index("b"))                         # expect: 7 1
print(s.find("c", 3), s.find("c", 3, 5))                   # expect: 5 -1
