class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10

print(20 in Seq(), 25 in Seq())  # expect: True False
