print(list(zip([1, 2, 3], "abc")))        # expect: [(1, 'a'), (2, 'b'), (3, 'c')]
print(list(zip([1, 2], [3, 4], [5, 6])))  # expect: [(1, 3, 5), (2, 4, 6)]
print(list(zip([1, 2, 3], [4])))          # expect: [(1, 4)]
print(list(zip()))                        # expect: []
names = ["a", "b"]
ages = [1, 2]
for name, age in zip(names, ages):
    print(name, age)
# expect: a 1
# expect: b 2
