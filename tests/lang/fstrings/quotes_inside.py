d = {"key": "value"}
print(f"{d['key']}")              # expect: value
print(f'{d["key"]}')              # expect: value
print(f"""{"triple" + 'mix'}""")  # expect: triplemix
print(f"it's {'ok'}")             # expect: it's ok
