REQUIRED = {"host", "port", "user"}
OPTIONAL = {"timeout", "retries"}

configs = [
    {"host": "db.local", "port": 5432, "user": "admin"},
    {"host": "db.local", "port": 5432},
    {"host": "x", "port": 1, "user": "u", "timeout": 3, "color": "red"},
]
for cfg in configs:
    keys = cfg.keys()
    complete = keys >= REQUIRED
    exact = keys == REQUIRED
    missing = sorted(REQUIRED - keys)
    unknown = sorted(keys - REQUIRED - OPTIONAL)
    print(f"complete={complete} exact={exact} missing={missing} unknown={unknown}")
# expect: complete=True exact=True missing=[] unknown=[]
# expect: complete=False exact=False missing=['user'] unknown=[]
# expect: complete=True exact=False missing=[] unknown=['color']
