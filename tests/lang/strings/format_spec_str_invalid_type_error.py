print(f"{'ab':s}")
print(f"{'ab':d}")
# expect: ab
# expect runtime error: ValueError: Unknown format code 'd' for object of type 'str'
