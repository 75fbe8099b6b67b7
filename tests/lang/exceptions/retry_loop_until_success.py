attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError("try again")
    return "ok"

while True:
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print(e)
# expect: try again
# expect: try again
# expect: ok
print(attempts)  # expect: 3
