x = 1
print(type(x))
x = "now a string"
print(type(x))
x = [x]
print(x)
# expect: <class 'int'>
# expect: <class 'str'>
# expect: ['now a string']
