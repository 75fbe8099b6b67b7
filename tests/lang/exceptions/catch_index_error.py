items = [1, 2, 3]
try:
    print(items[10])
except IndexError as e:
    print("index problem:", e)  # expect: index problem: list index out of range
