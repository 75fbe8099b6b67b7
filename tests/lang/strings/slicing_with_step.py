s = "abcdefgh"
print(s[::2])       # expect: aceg
print(s[1::2])      # expect: bdfh
print(s[::-1])      # expect: hgfedcba
print(s[::-2])      # expect: hfdb
print(s[6:1:-2])    # expect: gec
print(s[-1:-4:-1])  # expect: hgf
