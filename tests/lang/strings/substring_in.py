s = "the quick brown fox"
print("quick" in s, "slow" in s)  # expect: True False
print("" in s)                    # expect: True
print("fox" not in s)             # expect: False
print("Q" in s)                   # expect: False
