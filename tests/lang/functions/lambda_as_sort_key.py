people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(sorted(people, key=lambda p: p[1]))
# expect: [('di', 19), ('bob', 25), ('ann', 31), ('cy', 31)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
# expect: [('ann', 31), ('cy', 31), ('bob', 25), ('di', 19)]
print(max(people, key=lambda p: len(p[0])))  # expect: ('ann', 31)
