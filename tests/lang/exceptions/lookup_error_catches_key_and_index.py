for container, key in [({}, "k"), ([], 3), ("ab", 5)]:
    try:
        container[key]
    except LookupError as e:
        print(type(e).__name__, e)
# expect: KeyError 'k'
# expect: IndexError list index out of range
# expect: IndexError string index out of range
