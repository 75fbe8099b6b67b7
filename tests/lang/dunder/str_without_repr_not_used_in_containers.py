class Only:
    def __str__(self):
        return "only-str"

o = Only()
print(o)
print(repr([o])[:10] == "[<__main__")
# expect: only-str
# expect: True
