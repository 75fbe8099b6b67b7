class Config:
    debug = False

print(Config.debug)
print(Config.verbose)
# expect: False
# expect runtime error: AttributeError: type object 'Config' has no attribute 'verbose'
