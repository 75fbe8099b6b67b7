f = 1
for i in range(1, 51):
    f *= i
print(f)  # expect: 30414093201713378043612608166064768844377641568960512000000000000
print(len(str(f)), sum(int(d) for d in str(f)), str(f).count("0"))  # expect: 65 216 19
