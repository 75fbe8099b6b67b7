config = {"db": {"host": "localhost", "port": 5432}, "debug": False}
print(config["db"]["port"])  # expect: 5432
config["db"]["port"] = 6543
config["cache"] = {}
config["cache"]["size"] = 10
print(config)
# expect: {'db': {'host': 'localhost', 'port': 6543}, 'debug': False, 'cache': {'size': 10}}
