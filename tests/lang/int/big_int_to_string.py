n = 3 ** 50
print(str(n))
print(f"{n}")
print(f"{n:,}")
print(repr(-n))
print(len(str(10 ** 50)))
# expect: 717897987691852588770249
# expect: 717897987691852588770249
# expect: 717,897,987,691,852,588,770,249
# expect: -717897987691852588770249
# expect: 51
