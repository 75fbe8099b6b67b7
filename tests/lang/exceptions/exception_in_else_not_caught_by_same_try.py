try:
    try:
        pass
    except ZeroDivisionError:
        print("inner handler")
    else:
        1 / 0
except ZeroDivisionError:
    print("outer handler caught else error")  # expect: outer handler caught else error
