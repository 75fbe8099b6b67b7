try:
    (5).foo
except AttributeError as e:
    print(e.name, e.obj)  # expect: foo 5
try:
    raise AttributeError("plain")
except AttributeError as e:
    print(e.name, e.obj)  # expect: None None
try:
    undefined_thing
except NameError as e:
    print(e.name)  # expect: undefined_thing
