# itertools.product, permutations, combinations and combinations_with_replacement, in
# CPython's (lexicographic) order.
from itertools import combinations, combinations_with_replacement, permutations, product

print(list(product("ab", range(3))))
# expect: [('a', 0), ('a', 1), ('a', 2), ('b', 0), ('b', 1), ('b', 2)]
print(list(product([0, 1], repeat=3)))
# expect: [(0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0), (1, 0, 1), (1, 1, 0), (1, 1, 1)]
print(list(product()), list(product("ab", [])), list(product("ab", repeat=0)), len(list(product(range(4), repeat=4))))
# expect: [()] [] [()] 256
print(list(permutations("abc")))
# expect: [('a', 'b', 'c'), ('a', 'c', 'b'), ('b', 'a', 'c'), ('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')]
print(list(permutations("abcd", 2)))
# expect: [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'a'), ('b', 'c'), ('b', 'd'), ('c', 'a'), ('c', 'b'), ('c', 'd'), ('d', 'a'), ('d', 'b'), ('d', 'c')]
print(list(permutations(range(3), 0)), list(permutations("ab", 3)), len(list(permutations(range(6)))))
# expect: [()] [] 720
print(list(combinations("abcd", 2)))
# expect: [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')]
print(list(combinations(range(5), 3)))
# expect: [(0, 1, 2), (0, 1, 3), (0, 1, 4), (0, 2, 3), (0, 2, 4), (0, 3, 4), (1, 2, 3), (1, 2, 4), (1, 3, 4), (2, 3, 4)]
print(list(combinations("ab", 0)), list(combinations("ab", 3)), len(list(combinations(range(10), 4))))
# expect: [()] [] 210
print(list(combinations_with_replacement("abc", 2)))
# expect: [('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')]
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)), len(list(combinations_with_replacement(range(5), 3))))
# expect: [()] [] 35
for n in range(4):
    print(n, [len(list(f(range(n), r))) for f in (permutations, combinations, combinations_with_replacement) for r in range(4)])
# expect: 0 [1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]
# expect: 1 [1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1]
# expect: 2 [1, 2, 2, 0, 1, 2, 1, 0, 1, 2, 3, 4]
# expect: 3 [1, 3, 6, 6, 1, 3, 3, 1, 1, 3, 6, 10]
print(sum(1 for _ in product(range(10), repeat=5)), [p for p in permutations([1, 1, 2]) if p[0] == 2])
# expect: 100000 [(2, 1, 1), (2, 1, 1)]
