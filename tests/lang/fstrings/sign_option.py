print(f"{5:+} {-5:+}")
print(f"{5: } {-5: }|")
print(f"{3.5:+.1f}")
print(f"{42:+06}")
# expect: +5 -5
# expect:  5 -5|
# expect: +3.5
# expect: +00042
