print("before")  # expect: before
print()          # expect:
print("after")   # expect: after
print(sep="x")   # expect:
print("end")     # expect: end
