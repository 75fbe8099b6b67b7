print(hash(2 ** 64) == hash(2 ** 64), hash(1.0) == hash(1), hash(10 ** 20) == hash(float(10 ** 20)))
# expect: True True True
d = {2 ** 80: "big"}
print(d[2 ** 80], d.get(2.0 ** 80))  # expect: big big
