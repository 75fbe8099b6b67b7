convert = [int, float, str]
print([f("7") for f in convert])  # expect: [7, 7.0, '7']
funcs = {"len": len, "max": max}
print(funcs["len"]("four"), funcs["max"](3, 9))  # expect: 4 9
print(list(map(abs, [-1, -2])))                  # expect: [1, 2]
