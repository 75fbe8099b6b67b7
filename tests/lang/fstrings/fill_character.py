print(f"{'hi':*<7}|")
print(f"{'hi':->7}")
print(f"{'mid':=^9}")
print(f"{7:0>3}")
# expect: hi*****|
# expect: -----hi
# expect: ===mid===
# expect: 007
