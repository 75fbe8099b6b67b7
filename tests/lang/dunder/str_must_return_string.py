class Bad:
    def __str__(self):
        return 42

print("before")  # expect: before
str(Bad())       # expect runtime error: TypeError: __str__ returned non-string (type int)
