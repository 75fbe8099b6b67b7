word = "ab"
print(f"[{word:s}] [{word:5s}] [{word:>5s}]")  # expect: [ab] [ab   ] [   ab]
