print(f"{5:+} {-5:+}")   # expect: +5 -5
print(f"{5: } {-5: }|")  # expect:  5 -5|
print(f"{3.5:+.1f}")     # expect: +3.5
print(f"{42:+06}")       # expect: +00042
