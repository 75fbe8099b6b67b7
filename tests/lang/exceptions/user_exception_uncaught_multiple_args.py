class Multi(Exception):
    pass

raise Multi("a", 1)  # expect runtime error: Multi: ('a', 1)
