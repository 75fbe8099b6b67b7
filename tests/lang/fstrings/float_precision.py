x = 3.14159
print(f"{x:.3f}")     # expect: 3.142
print(f"{x:.0f}")     # expect: 3
print(f"{x:8.2f}|")   # expect:     3.14|
print(f"{x:08.2f}")   # expect: 00003.14
print(f"{-x:08.2f}")  # expect: -0003.14
print(f"{2:.2f}")     # expect: 2.00
