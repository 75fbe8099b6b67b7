print("{:{}}|".format("ab", 5))                                              # expect: ab   |
print("{:{w}.{p}f}".format(3.14159, w=8, p=3))                               # expect:    3.142
print("{0:{fill}{align}{width}}".format("x", fill="*", align="^", width=5))  # expect: **x**
