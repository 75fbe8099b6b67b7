for s in ["12", "1.5", "", "0x10"]:
    try:
        print(int(s))
    except ValueError as e:
        print(e)
# expect: 12
# expect: invalid literal for int() with base 10: '1.5'
# expect: invalid literal for int() with base 10: ''
# expect: invalid literal for int() with base 10: '0x10'
