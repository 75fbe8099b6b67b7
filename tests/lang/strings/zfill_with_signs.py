print("42".zfill(6), "-42".zfill(6), "+42".zfill(6))
print("abc".zfill(5), "".zfill(3), "-".zfill(3))
# expect: 000042 -00042 +00042
# expect: 00abc 000 -00
