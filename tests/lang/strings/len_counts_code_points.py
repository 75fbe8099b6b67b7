print(len("hello"))
print(len("héllo"))
print(len("日本"))
print(len(""))
print(len("a\nb"))
print("日本語"[1], "héllo"[1:3])
# expect: 5
# expect: 5
# expect: 2
# expect: 0
# expect: 3
# expect: 本 él
