items = [1, 2]
try:
    items.remove(5)
except ValueError as e:
    print(e)  # expect: list.remove(x): x not in list
try:
    items.index(9)
except ValueError as e:
    print(e)  # expect: 9 is not in list
try:
    [].pop()
except IndexError as e:
    print(e)  # expect: pop from empty list
