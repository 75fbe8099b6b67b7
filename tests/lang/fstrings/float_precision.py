x = 3.14159
print(f"{x:.3f}")
print(f"{x:.0f}")
print(f"{x:8.2f}|")
print(f"{x:08.2f}")
print(f"{-x:08.2f}")
print(f"{2:.2f}")
# expect: 3.142
# expect: 3
# expect:     3.14|
# expect: 00003.14
# expect: -0003.14
# expect: 2.00
