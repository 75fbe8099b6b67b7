data = {"name": "Ann", "age": 30}
print("%(name)s is %(age)d" % data)  # expect: Ann is 30
print("%(name)r" % data)             # expect: 'Ann'
