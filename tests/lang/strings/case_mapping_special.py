# Regression (difftest): Greek letters with ypogegrammeni or with a breathing and an accent
# (U+1F50, U+1F80..U+1FFC) upper- and title-case to two or three characters, and Cherokee
# case-folds to its capital letters; Edge mapped them one to one, or folded Cherokee to its
# small letters.
def cps(s):
    return " ".join(f"{ord(c):X}" for c in s)


print(cps("\u1f80".upper()), cps("\u1f80".title()), cps("\u1f88".upper()))  # expect: 1F08 399 1F88 1F08 399
print(cps("\u1fc4".capitalize()), cps("\u1f50".upper()), cps("\u1fb3".swapcase()))  # expect: 389 345 3A5 313 391 399
print(cps("\u1fa9".casefold()), cps("\u1fbe".casefold()), cps("\u1fe4".title()))  # expect: 1F61 3B9 3B9 3A1 313
print(cps("\u13a0\uab70".casefold()), cps("\uab70".upper()), cps("\u13f8".casefold()))  # expect: 13A0 13A0 13A0 13F0
print(cps("\u1c80".casefold()), "\u1f80\u03b1".title() == "\u1f88\u03b1")  # expect: 432 True
