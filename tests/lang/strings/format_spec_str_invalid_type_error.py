print(f"{'ab':s}")  # expect: ab
print(f"{'ab':d}")
# expect runtime error: ValueError: Unknown format code 'd' for object of type 'str'
