rows = [(1, 2, 3), (4, 5, 6)]
print([rest for first, *rest in rows])             # expect: [[2, 3], [5, 6]]
print([first + last for first, *_, last in rows])  # expect: [4, 10]
