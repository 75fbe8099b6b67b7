class Key:
    def __eq__(self, other):
        return True

d = {}
d[Key()] = 1  # expect runtime error: TypeError: unhashable type: 'Key'
