data = {"users": [{"name": "ann", "tags": {"admin", "dev"}}, {"name": "bob", "tags": set()}]}
data["users"][1]["tags"].add("ops")
for u in data["users"]:
    print(u["name"], sorted(u["tags"]))
# expect: ann ['admin', 'dev']
# expect: bob ['ops']
print(sum(len(u["tags"]) for u in data["users"]))  # expect: 3
