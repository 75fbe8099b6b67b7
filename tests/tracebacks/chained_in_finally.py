def work():
    try:
        return [1, 2][5]
    finally:
        print("cleaning up")
        cleanup()

work()
