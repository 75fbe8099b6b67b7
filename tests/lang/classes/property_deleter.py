class Resource:
    def __init__(self):
        self._name = "res"

    @property
    def name(self):
        return self._name

    @name.deleter
    def name(self):
        print("deleting")
        self._name = None

r = Resource()
print(r.name)
del r.name
print(r.name)
# expect: res
# expect: deleting
# expect: None
