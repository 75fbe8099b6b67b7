counter = 0

def bump():
    global counter
    counter += 1

bump()
bump()
print(counter)  # expect: 2
def set_new():
    global created
    created = "made in function"
set_new()
print(created)  # expect: made in function
