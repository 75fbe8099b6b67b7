n = 3 ** 50
print(str(n))              # expect: 717897987691852588770249
print(f"{n}")              # expect: 717897987691852588770249
print(f"{n:,}")            # expect: 717,897,987,691,852,588,770,249
print(repr(-n))            # expect: -717897987691852588770249
print(len(str(10 ** 50)))  # expect: 51
