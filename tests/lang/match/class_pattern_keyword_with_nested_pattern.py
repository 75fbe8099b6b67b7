class User:
    def __init__(self, name, roles):
        self.name = name
        self.roles = roles

for u in [User("ann", ["admin"]), User("bob", ["dev", "ops"]), User("cid", [])]:
    match u:
        case User(name=n, roles=["admin"]):
            print(n, "is admin")  # expect: ann is admin
        case User(name=n, roles=[first, *_]):
            print(n, "first role", first)  # expect: bob first role dev
        case User(name=n):
            print(n, "has no roles")  # expect: cid has no roles
