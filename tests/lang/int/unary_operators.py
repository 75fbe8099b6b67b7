x = 5
print(-x, +x, ~x)       # expect: -5 5 -6
print(--x, -(-x), ~~x)  # expect: 5 5 5
print(~0, ~-1, -0)      # expect: -1 0 0
