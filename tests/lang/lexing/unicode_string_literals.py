s = "héllo 日本"
print(s)            # expect: héllo 日本
print(len(s))       # expect: 8
print(s[1], s[-1])  # expect: é 本
