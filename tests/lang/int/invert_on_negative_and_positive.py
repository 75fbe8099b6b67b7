for v in [0, 1, -1, 255, -256, 2 ** 64, -(2 ** 64)]:
    print(v, ~v, ~~v == v)
# expect: 0 -1 True
# expect: 1 -2 True
# expect: -1 0 True
# expect: 255 -256 True
# expect: -256 255 True
# expect: 18446744073709551616 -18446744073709551617 True
# expect: -18446744073709551616 18446744073709551615 True
