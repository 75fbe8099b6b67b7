# Mutating a captured object needs no nonlocal declaration.
def make_log():
    entries = []
    def log(msg):
        entries.append(msg)
        return len(entries)
    return log, entries

log, entries = make_log()
log("a")
log("b")
print(entries)  # expect: ['a', 'b']
