path = "a/b/c/d"
print(path.rsplit("/", 1))        # expect: ['a/b/c', 'd']
print(path.rsplit("/", 2))        # expect: ['a/b', 'c', 'd']
print(path.split("/", 1))         # expect: ['a', 'b/c/d']
print("a b  c ".rsplit(None, 1))  # expect: ['a b', 'c']
