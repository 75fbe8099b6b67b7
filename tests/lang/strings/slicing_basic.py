s = "abcdefgh"
print(s[2:5])
print(s[:3], s[5:])
print(s[:])
print(s[-3:], s[:-3])
print(s[3:100], s[100:], "|")
print(s[5:2], "|")
# expect: cde
# expect: abc fgh
# expect: abcdefgh
# expect: fgh abcde
# expect: defgh  |
# expect:  |
