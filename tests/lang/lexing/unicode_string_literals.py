s = "héllo 日本"
print(s)
print(len(s))
print(s[1], s[-1])
# expect: héllo 日本
# expect: 8
# expect: é 本
