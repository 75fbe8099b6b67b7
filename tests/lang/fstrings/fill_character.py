print(f"{'hi':*<7}|")  # expect: hi*****|
print(f"{'hi':->7}")   # expect: -----hi
print(f"{'mid':=^9}")  # expect: ===mid===
print(f"{7:0>3}")      # expect: 007
