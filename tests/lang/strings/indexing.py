s = "python"
print(s[0], s[5], s[-1], s[-6])  # expect: p n n p
print(s[len(s) - 1])             # expect: n
