print("ß".upper(), "ﬁ".upper())
print("İ".lower() == "i̇")
print("ÀÉÎ".lower())
# expect: SS FI
# expect: True
# expect: àéî
