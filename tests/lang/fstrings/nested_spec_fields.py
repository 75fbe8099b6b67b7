width, prec = 10, 2
value = 2.71828
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:<{width}}]")
print(f"[{'x':{'*'}^{width}}]")
# expect: [      2.72]
# expect: [2.71828   ]
# expect: [****x*****]
