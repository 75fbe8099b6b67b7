# Assignment never copies a list; both names refer to the same object.
a = [1, 2, 3]
b = a
b.append(4)
print(a)  # expect: [1, 2, 3, 4]
def add_item(lst):
    lst.append("added")
add_item(a)
print(b)  # expect: [1, 2, 3, 4, 'added']
