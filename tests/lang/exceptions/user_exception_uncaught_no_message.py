class Quiet(Exception):
    pass

raise Quiet()  # expect runtime error: Quiet
