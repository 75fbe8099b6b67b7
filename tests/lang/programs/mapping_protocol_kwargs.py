class Settings:
    def __init__(self, **values):
        self._values = values

    def keys(self):
        return self._values.keys()

    def __getitem__(self, key):
        return self._values[key]

def connect(host, port, timeout=10):
    return f"connecting to {host}:{port} (timeout {timeout}s)"

s = Settings(host="db.local", port=5432)
print(connect(**s))         # expect: connecting to db.local:5432 (timeout 10s)
print(dict(s))              # expect: {'host': 'db.local', 'port': 5432}
print({**s, "timeout": 3})  # expect: {'host': 'db.local', 'port': 5432, 'timeout': 3}
