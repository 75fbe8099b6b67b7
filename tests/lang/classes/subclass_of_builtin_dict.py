class Defaulting(dict):
    def get_or_zero(self, key):
        return self.get(key, 0)

d = Defaulting(a=1)
d["b"] = 2
print(d.get_or_zero("a"), d.get_or_zero("z"), len(d))  # expect: 1 0 2
print(sorted(d.items()))                               # expect: [('a', 1), ('b', 2)]
