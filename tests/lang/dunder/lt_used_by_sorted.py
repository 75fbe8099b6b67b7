class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"

vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs))                # expect: [v0.9, v1.0, v1.2]
print(sorted(vs, reverse=True))  # expect: [v1.2, v1.0, v0.9]
