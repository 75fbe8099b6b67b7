for value, spec in [(3.14159, ".3f"), (255, "#x"), ("ab", "*^6"), (1234567, ","), (0.5, ".0%")]:
    print(format(value, spec), f"{value:{spec}}" == format(value, spec))
# expect: 3.142 True
# expect: 0xff True
# expect: **ab** True
# expect: 1,234,567 True
# expect: 50% True
