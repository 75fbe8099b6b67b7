print(list(map(str, [1, 2, 3])))                           # expect: ['1', '2', '3']
print(list(map(lambda x: x * x, range(5))))                # expect: [0, 1, 4, 9, 16]
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))  # expect: [11, 22]
print(list(map(int, "123")))                               # expect: [1, 2, 3]
print(sum(map(len, ["ab", "cde"])))                        # expect: 5
