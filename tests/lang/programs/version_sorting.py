class Version:
    def __init__(self, text):
        self.text = text
        main, _, pre = text.partition("-")
        parts = main.split(".")
        if not all(p.isdigit() for p in parts) or not 1 <= len(parts) <= 3:
            raise ValueError(f"bad version: {text!r}")
        self.nums = tuple(int(p) for p in parts) + (0,) * (3 - len(parts))
        self.pre = pre

    def key(self):
        return (self.nums, self.pre == "", self.pre)

    def __lt__(self, other):
        return self.key() < other.key()

    def __eq__(self, other):
        return self.key() == other.key()

    def __le__(self, other):
        return self.key() <= other.key()

    def __hash__(self):
        return hash(self.key())

    def __repr__(self):
        return f"v{self.text}"

    def bump(self, part):
        major, minor, patch = self.nums
        if part == "major":
            return Version(f"{major + 1}.0.0")
        if part == "minor":
            return Version(f"{major}.{minor + 1}.0")
        return Version(f"{major}.{minor}.{patch + 1}")

raw = ["1.10.0", "1.2.0", "1.2", "1.2.0-beta", "1.2.0-alpha", "0.9.9", "2.0.0", "1.10.0-rc1", "10.0", "1.9.12"]
versions = [Version(v) for v in raw]
print(sorted(versions))
# expect: [v0.9.9, v1.2.0-alpha, v1.2.0-beta, v1.2.0, v1.2, v1.9.12, v1.10.0-rc1, v1.10.0, v2.0.0, v10.0]
print(max(versions), min(versions))  # expect: v10.0 v0.9.9
print(Version("1.2") == Version("1.2.0"), len(set(versions)), Version("1.0.0-rc") < Version("1.0.0"))
# expect: True 9 True
print(sorted(raw))
# expect: ['0.9.9', '1.10.0', '1.10.0-rc1', '1.2', '1.2.0', '1.2.0-alpha', '1.2.0-beta', '1.9.12', '10.0', '2.0.0']
print([Version("1.4.7").bump(p) for p in ("major", "minor", "patch")])
# expect: [v2.0.0, v1.5.0, v1.4.8]
for bad in ["1.x", "1.2.3.4", "", "a"]:
    try:
        Version(bad)
    except ValueError as e:
        print(e)
# expect: bad version: '1.x'
# expect: bad version: '1.2.3.4'
# expect: bad version: ''
# expect: bad version: 'a'
def satisfies(v, spec):
    op, target = spec[:2] if spec[1] == "=" else spec[:1], spec[2:] if spec[1] == "=" else spec[1:]
    t = Version(target)
    return {"<": v < t, ">": t < v, "<=": v <= t, ">=": t <= v, "==": v == t}[op]
print([str(v) for v in versions if satisfies(v, ">=1.2") and satisfies(v, "<2.0")])
# expect: ['v1.10.0', 'v1.2.0', 'v1.2', 'v1.10.0-rc1', 'v1.9.12']
