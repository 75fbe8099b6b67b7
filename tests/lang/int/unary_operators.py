x = 5
print(-x, +x, ~x)
print(--x, -(-x), ~~x)
print(~0, ~-1, -0)
# expect: -5 5 -6
# expect: 5 5 5
# expect: -1 0 0
