class P:
    def __str__(self):
        return "p"

print(f"{P()}")  # expect: p
print(f"{P():>5}")
# expect runtime error: TypeError: unsupported format string passed to P.__format__
