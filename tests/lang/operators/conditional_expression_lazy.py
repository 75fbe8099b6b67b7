def loud(v):
    print("evaluated", v)
    return v

r = loud("yes") if True else loud("no")
print(r)
# expect: evaluated yes
# expect: yes
