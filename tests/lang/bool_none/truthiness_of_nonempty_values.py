values = [[0], (None,), {0: 0}, {0}, " ", range(1), -1, 1e-300]
for value in values:
    if value:
        print("truthy", repr(value))
# expect: truthy [0]
# expect: truthy (None,)
# expect: truthy {0: 0}
# expect: truthy {0}
# expect: truthy ' '
# expect: truthy range(0, 1)
# expect: truthy -1
# expect: truthy 1e-300
print(not [], not [[]])  # expect: True False
