def make_counter():
    count = 0
    def increment():
        count += 1
        return count
    return increment

c = make_counter()
print("made counter")  # expect: made counter
c()
# expect runtime error: UnboundLocalError: cannot access local variable 'count' where it is not associated with a value
