class Neg:
    def __len__(self):
        return -1

len(Neg())  # expect runtime error: ValueError: __len__() should return >= 0
