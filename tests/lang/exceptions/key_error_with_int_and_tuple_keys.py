for key in [5, (1, 2), "s"]:
    try:
        {}[key]
    except KeyError as e:
        print(e)
# expect: 5
# expect: (1, 2)
# expect: 's'
