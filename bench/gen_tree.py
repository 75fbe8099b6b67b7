# gen_tree.py — the classic "generators" benchmark: a balanced binary tree walked in
# order by a recursive generator that delegates to its subtrees with `yield from`, so
# every value passes up through a chain of suspended generators as deep as the tree.


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(lo, hi):
    # The values lo .. hi - 1, balanced.
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(tree(lo, mid), mid, tree(mid + 1, hi))


root = tree(0, 2 ** 14)
checksum = 0
for round_ in range(30):
    last = -1
    for v in root:
        if v <= last:
            raise AssertionError("out of order")
        last = v
        checksum += v * (round_ + 1)
print(last)
print(checksum)
