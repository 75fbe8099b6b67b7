s = "the quick brown fox"
print("quick" in s, "slow" in s)
print("" in s)
print("fox" not in s)
print("Q" in s)
# expect: True False
# expect: True
# expect: False
# expect: False
