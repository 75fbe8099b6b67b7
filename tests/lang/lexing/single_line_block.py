# A block may follow the colon on the same line.
if 1 < 2: print("one-liner if")  # expect: one-liner if
for i in range(3): print(i)
# expect: 0
# expect: 1
# expect: 2
while False: pass
def f(): return "inline def"
print(f())  # expect: inline def
