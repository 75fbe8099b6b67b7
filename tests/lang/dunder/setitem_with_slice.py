class Log:
    def __setitem__(self, key, value):
        print(key.start, key.stop, key.step, value)

    def __delitem__(self, key):
        print("delete", key.start, key.stop, key.step)

log = Log()
log[1:3] = "x"  # expect: 1 3 None x
log[::2] = [1]  # expect: None None 2 [1]
del log[5:]     # expect: delete 5 None None
