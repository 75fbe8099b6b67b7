data = {"name": "Ann", "age": 30}
print("%(name)s is %(age)d" % data)
print("%(name)r" % data)
# expect: Ann is 30
# expect: 'Ann'
