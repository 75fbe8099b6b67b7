def loud(v):
    print("evaluated", v)
    return v

r = loud("yes") if True else loud("no")  # expect: evaluated yes
print(r)                                 # expect: yes
