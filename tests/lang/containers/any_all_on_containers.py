print(any([]), all([]), any({0: "x"}), all({1: 0}))
print(any("") , all(""), any([0, "", None]), all([1, "a", [0]]))
# expect: False True False True
# expect: False True False True
