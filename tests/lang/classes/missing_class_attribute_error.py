class Config:
    debug = False

print(Config.debug)  # expect: False
print(Config.verbose)
# expect runtime error: AttributeError: type object 'Config' has no attribute 'verbose'
