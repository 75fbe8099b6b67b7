class Show:
    def __getitem__(self, key):
        return key

s = Show()
k = s[1:10:2]
print(type(k).__name__, k.start, k.stop, k.step)  # expect: slice 1 10 2
k = s[:5]
print(k.start, k.stop, k.step)  # expect: None 5 None
print(s[::-1])                  # expect: slice(None, None, -1)
