# heapq.nlargest, nsmallest (as sorted() would give them) and merge (a lazy merge of
# sorted inputs; equal items come in the order of the inputs).
from heapq import merge, nlargest, nsmallest

print(nlargest(3, [5, 1, 8, 3, 9]), nsmallest(2, [5, 1, 8, 3]), nsmallest(0, [1]), nlargest(10, [2, 1]))
# expect: [9, 8, 5] [1, 3] [] [2, 1]
print(nlargest(2, ["a", "ccc", "bb", "dd"], key=len), nsmallest(2, ["a", "ccc", "bb", "d"], key=len))
# expect: ['ccc', 'bb'] ['a', 'd']
scores = {"ann": 90, "bob": 72, "cat": 90, "dan": 85}
print(nlargest(2, scores, key=scores.get), nsmallest(1, scores.items(), key=lambda kv: kv[1]))
# expect: ['ann', 'cat'] [('bob', 72)]
print(list(merge([1, 3, 5], [2, 4], [0, 9])), list(merge()), list(merge([], [1])))
# expect: [0, 1, 2, 3, 4, 5, 9] [] [1]
print(list(merge(["a", "bb"], ["c"], key=len)), list(merge([5, 3], [4, 1], reverse=True)))
# expect: ['a', 'c', 'bb'] [5, 4, 3, 1]
print(list(merge([(1, "x"), (2, "x")], [(1, "y")], key=lambda t: t[0])))
# expect: [(1, 'x'), (1, 'y'), (2, 'x')]
m = merge(iter([1, 4]), iter([2, 3]))
print(next(m), next(m), list(m))  # expect: 1 2 [3, 4]
