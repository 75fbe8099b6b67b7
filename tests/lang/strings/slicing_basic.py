s = "abcdefgh"
print(s[2:5])                  # expect: cde
print(s[:3], s[5:])            # expect: abc fgh
print(s[:])                    # expect: abcdefgh
print(s[-3:], s[:-3])          # expect: fgh abcde
print(s[3:100], s[100:], "|")  # expect: defgh  |
print(s[5:2], "|")             # expect:  |
