def numbers():
    for i in range(1, 11):
        yield i

def evens(source):
    for n in source:
        if n % 2 == 0:
            yield n

def squared(source):
    for n in source:
        yield n * n

print(list(squared(evens(numbers()))))  # expect: [4, 16, 36, 64, 100]
