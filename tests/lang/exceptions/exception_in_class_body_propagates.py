try:
    class Broken:
        x = 1 / 0
except ZeroDivisionError as e:
    print("class body failed:", e)  # expect: class body failed: division by zero
