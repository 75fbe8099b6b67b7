def val(v):
    print("eval", v)
    return v

print(val(3) < val(2) < val(1))
# expect: eval 3
# expect: eval 2
# expect: False
