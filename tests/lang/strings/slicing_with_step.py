s = "abcdefgh"
print(s[::2])
print(s[1::2])
print(s[::-1])
print(s[::-2])
print(s[6:1:-2])
print(s[-1:-4:-1])
# expect: aceg
# expect: bdfh
# expect: hgfedcba
# expect: hfdb
# expect: gec
# expect: hgf
