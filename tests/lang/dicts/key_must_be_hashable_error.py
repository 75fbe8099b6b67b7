d = {(1, 2): "ok"}
print(d[(1, 2)])   # expect: ok
d[[1, 2]] = "bad"  # expect runtime error: TypeError: unhashable type: 'list'
