class Bucket:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

print(bool(Bucket(0)), bool(Bucket(3)))
print("empty" if not Bucket(0) else "full")
print(len(Bucket(7)))
# expect: False True
# expect: empty
# expect: 7
