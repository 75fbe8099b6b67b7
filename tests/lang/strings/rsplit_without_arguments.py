print("  one two   three ".rsplit())
print("x,y,z".rsplit(","))
print("".rsplit(","), "".rsplit())
# expect: ['one', 'two', 'three']
# expect: ['x', 'y', 'z']
# expect: [''] []
