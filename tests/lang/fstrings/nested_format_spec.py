# The format spec can itself contain replacement fields.
w = 8
p = 2
x = 3.14159
print(f"[{x:{w}.{p}f}]")  # expect: [    3.14]
print(f"[{'ab':>{w}}]")   # expect: [      ab]
fill = "."
print(f"[{'ab':{fill}^{w}}]")  # expect: [...ab...]
