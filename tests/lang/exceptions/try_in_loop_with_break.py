for i in range(10):
    try:
        if i == 3:
            raise StopIteration
        print(i)
    except StopIteration:
        print("stopping")
        break
# expect: 0
# expect: 1
# expect: 2
# expect: stopping
