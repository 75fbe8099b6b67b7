d = {"key": "value"}
print(f"{d['key']}")
print(f'{d["key"]}')
print(f"""{"triple" + 'mix'}""")
print(f"it's {'ok'}")
# expect: value
# expect: value
# expect: triplemix
# expect: it's ok
