def fail():
    raise ValueError

print("about to raise")
fail()
# expect: about to raise
# expect runtime error: ValueError
