s = "abababab"
print(s.count("ab"), s.count("ab", 1), s.count("ab", 1, 6))  # expect: 4 3 2
print(s.count("a", -3))                                      # expect: 1
