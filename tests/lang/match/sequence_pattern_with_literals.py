def route(parts):
    match parts:
        case ["users"]:
            return "list users"
        case ["users", uid]:
            return "user " + uid
        case ["users", uid, "posts"]:
            return "posts of " + uid
        case _:
            return "404"

print(route(["users"]), route(["users", "7"]), route(["users", "7", "posts"]), route(["x"]))
# expect: list users user 7 posts of 7 404
