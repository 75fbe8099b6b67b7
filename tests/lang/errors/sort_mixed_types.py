data = [3, "two", 1]
print(len(data))  # expect: 3
data.sort()
# expect runtime error: TypeError: '<' not supported between instances of 'str' and 'int'
