print("ß".upper(), "ﬁ".upper())  # expect: SS FI
print("İ".lower() == "i̇")       # expect: True
print("ÀÉÎ".lower())             # expect: àéî
