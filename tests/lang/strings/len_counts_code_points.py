print(len("hello"))            # expect: 5
print(len("héllo"))            # expect: 5
print(len("日本"))               # expect: 2
print(len(""))                 # expect: 0
print(len("a\nb"))             # expect: 3
print("日本語"[1], "héllo"[1:3])  # expect: 本 él
