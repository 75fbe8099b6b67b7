# The format spec can itself contain replacement fields.
w = 8
p = 2
x = 3.14159
print(f"[{x:{w}.{p}f}]")
print(f"[{'ab':>{w}}]")
fill = "."
print(f"[{'ab':{fill}^{w}}]")
# expect: [    3.14]
# expect: [      ab]
# expect: [...ab...]
