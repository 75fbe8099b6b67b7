a = [1, 2, 3]
a.insert(0, "start")
a.insert(100, "end")
a.insert(-1, "before end")
a.insert(-100, "very start")
print(a)  # expect: ['very start', 'start', 1, 2, 3, 'before end', 'end']
