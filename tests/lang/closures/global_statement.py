counter = 0

def bump():
    global counter
    counter += 1

bump()
bump()
print(counter)
def set_new():
    global created
    created = "made in function"
set_new()
print(created)
# expect: 2
# expect: made in function
