# Names may start with keywords; only exact keywords are reserved.
iffy = 1
forward = 2
nothing = 3
is_ok = True
print(iffy + forward + nothing, is_ok)  # expect: 6 True
_private = 4
__dunder__ = 5
camelCase9 = 6
print(_private, __dunder__, camelCase9)  # expect: 4 5 6
