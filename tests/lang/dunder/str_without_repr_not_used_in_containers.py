class Only:
    def __str__(self):
        return "only-str"

o = Only()
print(o)                               # expect: only-str
print(repr([o])[:10] == "[<__main__")  # expect: True
