def inorder(node):
    if node is None:
        return
    left, value, right = node
    yield from inorder(left)
    yield value
    yield from inorder(right)

tree = ((None, 1, None), 2, ((None, 3, None), 4, None))
print(list(inorder(tree)))  # expect: [1, 2, 3, 4]
