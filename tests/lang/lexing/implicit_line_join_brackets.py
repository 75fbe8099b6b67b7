# Newlines inside (), [] and {} do not end the statement.
total = (1 +
         2 +
    3)
items = [
    "a",
    "b",   # comments are allowed here too

    "c",
]
table = {
  "x": 1,
        "y": 2}
print(total, items, table)  # expect: 6 ['a', 'b', 'c'] {'x': 1, 'y': 2}
print(max(4,
          9,
          2))  # expect: 9
