def level3():
    raise KeyError("deep")

def level2():
    level3()
    print("never")

def level1():
    try:
        level2()
    except KeyError as e:
        return "caught at level1: " + str(e)

print(level1())  # expect: caught at level1: 'deep'
