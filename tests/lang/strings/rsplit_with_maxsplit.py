path = "a/b/c/d"
print(path.rsplit("/", 1))
print(path.rsplit("/", 2))
print(path.split("/", 1))
print("a b  c ".rsplit(None, 1))
# expect: ['a/b/c', 'd']
# expect: ['a/b', 'c', 'd']
# expect: ['a', 'b/c/d']
# expect: ['a b', 'c']
