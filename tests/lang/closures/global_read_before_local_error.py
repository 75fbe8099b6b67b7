# Assigning anywhere in a function makes the name local for the whole body.
count = 5
def broken():
    print("start")
    count += 1
broken()
# expect: start
# expect runtime error: UnboundLocalError: cannot access local variable 'count' where it is not associated with a value
