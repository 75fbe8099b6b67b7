print("42".zfill(5), "-42".zfill(5), "abcdef".zfill(3))
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5) + "]")
print("ab".ljust(5, ".") + "|", "ab".rjust(5, "0"))
print("[" + "ab".center(6) + "]")
# With odd padding, str.center's extra fill char goes left or right
# depending on the parity of the width (unlike the "^" format spec).
print("[" + "ab".center(7, "*") + "]")
print("[" + "ab".center(5, "*") + "]")
print("[" + "abc".center(6, "*") + "]")
print("[" + format("ab", "*^7") + "]")
# expect: 00042 -0042 abcdef
# expect: [ab   ] [   ab]
# expect: ab...| 000ab
# expect: [  ab  ]
# expect: [***ab**]
# expect: [**ab*]
# expect: [*abc**]
# expect: [**ab***]
