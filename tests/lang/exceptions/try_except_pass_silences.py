for x in ["1", "a", "2"]:
    try:
        print(int(x) * 10)
    except ValueError:
        pass
# expect: 10
# expect: 20
