print("  one two   three ".rsplit())  # expect: ['one', 'two', 'three']
print("x,y,z".rsplit(","))            # expect: ['x', 'y', 'z']
print("".rsplit(","), "".rsplit())    # expect: [''] []
