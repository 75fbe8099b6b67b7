try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError:
    {}["z"]
