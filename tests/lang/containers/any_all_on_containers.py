print(any([]), all([]), any({0: "x"}), all({1: 0}))               # expect: False True False True
print(any("") , all(""), any([0, "", None]), all([1, "a", [0]]))  # expect: False True False True
