class Weird:
    def __iadd__(self, other):
        return "replaced"

w = Weird()
w += 1
print(w)  # expect: replaced
