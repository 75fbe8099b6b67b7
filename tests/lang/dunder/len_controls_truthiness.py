class Bucket:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

print(bool(Bucket(0)), bool(Bucket(3)))      # expect: False True
print("empty" if not Bucket(0) else "full")  # expect: empty
print(len(Bucket(7)))                        # expect: 7
