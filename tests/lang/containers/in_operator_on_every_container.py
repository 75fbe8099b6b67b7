print(2 in [1, 2], 2 in (1, 2), 2 in {1, 2}, 2 in {2: "x"}, "x" in {2: "x"})
# expect: True True True True False
print("ell" in "hello", 3 in range(5), 5 in range(0, 10, 2))          # expect: True True False
print([1] in [[1], [2]], (1,) in {(1,): 0}, "a" in frozenset("abc"))  # expect: True True True
