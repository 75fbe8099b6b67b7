line = "=" * 5
print(line)  # expect: =====
row = ""
for i in range(3):
    row += str(i) * (i + 1)
print(row)             # expect: 011222
print("ab" * 2 + "c")  # expect: ababc
