people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 22)]
print(sorted(people, key=lambda p: p[1]))
# expect: [('dee', 22), ('bob', 25), ('ann', 30), ('cid', 30)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
# expect: [('ann', 30), ('cid', 30), ('bob', 25), ('dee', 22)]
print(sorted(people))  # expect: [('ann', 30), ('bob', 25), ('cid', 30), ('dee', 22)]
