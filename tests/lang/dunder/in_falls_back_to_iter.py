class Trio:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])

t = Trio()
print(2 in t)
# expect: iter
# expect: True
print(9 in t)
# expect: iter
# expect: False
