print(7.5 // 2, 7.5 % 2)
print(-7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2)
print(-1.0 % 3)
print(5.0 % 2.5)
# expect: 3.0 1.5
# expect: -4.0 0.5
# expect: -4.0 -0.5
# expect: 2.0
# expect: 0.0
