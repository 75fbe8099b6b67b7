print("before")
print()
print("after")
print(sep="x")
print("end")
# expect: before
# expect:
# expect: after
# expect:
# expect: end
