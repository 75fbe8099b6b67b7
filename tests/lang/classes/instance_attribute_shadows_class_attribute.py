class Config:
    level = 1

c = Config()
d = Config()
c.level = 5
print(c.level, d.level, Config.level)  # expect: 5 1 1
del c.level
print(c.level)  # expect: 1
