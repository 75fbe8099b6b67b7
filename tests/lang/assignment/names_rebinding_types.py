x = 1
print(type(x))  # expect: <class 'int'>
x = "now a string"
print(type(x))  # expect: <class 'str'>
x = [x]
print(x)  # expect: ['now a string']
