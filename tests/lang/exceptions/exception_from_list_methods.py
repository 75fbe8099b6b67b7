items = [1, 2]
try:
    items.remove(5)
except ValueError as e:
    print(e)
try:
    items.index(9)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
# expect: list.remove(x): x not in list
# expect: 9 is not in list
# expect: pop from empty list
