age = 30
print("age: " + str(age))
print("age: " + age)
# expect: age: 30
# expect runtime error: TypeError: can only concatenate str (not "int") to str
