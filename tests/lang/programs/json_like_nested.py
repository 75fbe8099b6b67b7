data = {
    "company": "Acme",
    "founded": 1999,
    "departments": [
        {"name": "eng", "budget": 1200000.5, "staff": [
            {"name": "ann", "role": "lead", "skills": ["c", "python"], "manager": None},
            {"name": "bob", "role": "dev", "skills": ["js"], "manager": "ann"},
        ]},
        {"name": "sales", "budget": 300000, "staff": [
            {"name": "cat", "role": "rep", "skills": [], "manager": None, "remote": True},
        ]},
    ],
    "tags": ("b2b", "saas"),
}

def dump(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [f'{pad}  "{k}": {dump(v, indent + 1)}' for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + ", ".join(dump(v, indent + 1) for v in obj) + "]"
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if isinstance(obj, str):
        return '"' + obj.replace('"', '\\"') + '"'
    return repr(obj)

def get_path(obj, path, default=None):
    for part in path.split("."):
        try:
            obj = obj[int(part)] if isinstance(obj, (list, tuple)) else obj[part]
        except (KeyError, IndexError, ValueError, TypeError):
            return default
    return obj

def flatten(obj, prefix=""):
    out = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.update(flatten(v, f"{prefix}{k}."))
    elif isinstance(obj, (list, tuple)) and obj:
        for i, v in enumerate(obj):
            out.update(flatten(v, f"{prefix}{i}."))
    else:
        out[prefix[:-1]] = obj
    return out

def deep_merge(a, b):
    result = dict(a)
    for k, v in b.items():
        if k in result and isinstance(result[k], dict) and isinstance(v, dict):
            result[k] = deep_merge(result[k], v)
        else:
            result[k] = v
    return result

print(dump(data["departments"][1]))
# expect: {
# expect:   "name": "sales",
# expect:   "budget": 300000,
# expect:   "staff": [{
# expect:       "name": "cat",
# expect:       "role": "rep",
# expect:       "skills": [],
# expect:       "manager": null,
# expect:       "remote": true
# expect:     }]
# expect: }
print(get_path(data, "departments.0.staff.1.name"), get_path(data, "departments.5.name", "?"), get_path(data, "tags.1"))
# expect: bob ? saas
flat = flatten(data)
print(len(flat))  # expect: 22
for k in list(flat)[:8]:
    print(f"  {k} = {flat[k]!r}")
# expect:   company = 'Acme'
# expect:   founded = 1999
# expect:   departments.0.name = 'eng'
# expect:   departments.0.budget = 1200000.5
# expect:   departments.0.staff.0.name = 'ann'
# expect:   departments.0.staff.0.role = 'lead'
# expect:   departments.0.staff.0.skills.0 = 'c'
# expect:   departments.0.staff.0.skills.1 = 'python'
all_skills = sorted({s for d in data["departments"] for p in d["staff"] for s in p["skills"]})
print(all_skills)  # expect: ['c', 'js', 'python']
print({d["name"]: [p["name"] for p in d["staff"]] for d in data["departments"]})
# expect: {'eng': ['ann', 'bob'], 'sales': ['cat']}
print(sum(d["budget"] for d in data["departments"]))  # expect: 1500000.5
cfg = deep_merge({"db": {"host": "localhost", "port": 5432}, "debug": False},
                 {"db": {"port": 6543, "user": "admin"}, "debug": True, "extra": [1]})
print(cfg)
# expect: {'db': {'host': 'localhost', 'port': 6543, 'user': 'admin'}, 'debug': True, 'extra': [1]}
print(dump({"a": [1, 2.5, None, True, "q\"t"], "b": {}}))
# expect: {
# expect:   "a": [1, 2.5, null, true, "q\"t"],
# expect:   "b": {}
# expect: }
