def fail():
    raise ValueError

print("about to raise")  # expect: about to raise
fail()                   # expect runtime error: ValueError
