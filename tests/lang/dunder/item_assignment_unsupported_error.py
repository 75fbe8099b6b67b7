class ReadOnly:
    def __getitem__(self, k):
        return k

r = ReadOnly()
print(r[1])  # expect: 1
r[1] = 2     # expect runtime error: TypeError: 'ReadOnly' object does not support item assignment
