print(list(zip([1, 2], "ab", strict=True)), list(zip(strict=False)))
# expect: [(1, 'a'), (2, 'b')] []
for args in [([1, 2], [3]), ([1], [2, 3]), ([1], [2], [3, 4]), ([1, 2], [3, 4], [5])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: zip() argument 2 is shorter than argument 1
# expect: ValueError: zip() argument 2 is longer than argument 1
# expect: ValueError: zip() argument 3 is longer than arguments 1-2
# expect: ValueError: zip() argument 3 is shorter than arguments 1-2
