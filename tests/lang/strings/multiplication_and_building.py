line = "=" * 5
print(line)
row = ""
for i in range(3):
    row += str(i) * (i + 1)
print(row)
print("ab" * 2 + "c")
# expect: =====
# expect: 011222
# expect: ababc
