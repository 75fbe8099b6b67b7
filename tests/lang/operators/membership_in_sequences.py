print(2 in [1, 2, 3], 4 in [1, 2, 3])               # expect: True False
print(2 in (1, 2), "x" not in ("a", "b"))           # expect: True True
print("ell" in "hello", "" in "abc", "z" in "abc")  # expect: True True False
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
# expect: True False True False
