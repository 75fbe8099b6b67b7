data = [3, "two", 1]
print(len(data))
data.sort()
# expect: 3
# expect runtime error: TypeError: '<' not supported between instances of 'str' and 'int'
