print(ord("A"), ord("a"), ord("é"), ord("日"))  # expect: 65 97 233 26085
print(chr(65), chr(97), chr(233), chr(26085))  # expect: A a é 日
word = "abc"
shifted = ""
for c in word:
    shifted += chr(ord(c) + 1)
print(shifted)  # expect: bcd
