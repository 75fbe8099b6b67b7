d = {(1, 2): "ok"}
print(d[(1, 2)])
d[[1, 2]] = "bad"
# expect: ok
# expect runtime error: TypeError: unhashable type: 'list'
