width, prec = 10, 2
value = 2.71828
print(f"[{value:{width}.{prec}f}]")  # expect: [      2.72]
print(f"[{value:<{width}}]")         # expect: [2.71828   ]
print(f"[{'x':{'*'}^{width}}]")      # expect: [****x*****]
