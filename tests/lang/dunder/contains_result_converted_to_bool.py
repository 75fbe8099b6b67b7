class Loose:
    def __contains__(self, x):
        return x

l = Loose()
print(3 in l, 0 in l, "" in l)  # expect: True False False
