class Collector:
    def add(self, x, into=[]):
        into.append(x)
        return into

c = Collector()
print(c.add(1))            # expect: [1]
print(c.add(2))            # expect: [1, 2]
print(Collector().add(3))  # expect: [1, 2, 3]
