print("42".zfill(6), "-42".zfill(6), "+42".zfill(6))  # expect: 000042 -00042 +00042
print("abc".zfill(5), "".zfill(3), "-".zfill(3))      # expect: 00abc 000 -00
