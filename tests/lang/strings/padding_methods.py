print("42".zfill(5), "-42".zfill(5), "abcdef".zfill(3))      # expect: 00042 -0042 abcdef
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5) + "]")  # expect: [ab   ] [   ab]
print("ab".ljust(5, ".") + "|", "ab".rjust(5, "0"))          # expect: ab...| 000ab
print("[" + "ab".center(6) + "]")                            # expect: [  ab  ]
# With odd padding, str.center's extra fill char goes left or right
# depending on the parity of the width (unlike the "^" format spec).
print("[" + "ab".center(7, "*") + "]")   # expect: [***ab**]
print("[" + "ab".center(5, "*") + "]")   # expect: [**ab*]
print("[" + "abc".center(6, "*") + "]")  # expect: [*abc**]
print("[" + format("ab", "*^7") + "]")   # expect: [**ab***]
