class P:
    def __eq__(self, other):
        return True

class Q:
    pass

print(P.__hash__ is None, Q.__hash__ is None)  # expect: True False
try:
    hash(P())
except TypeError as e:
    print(e)  # expect: unhashable type: 'P'
