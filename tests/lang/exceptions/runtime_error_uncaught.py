state = "bad"
if state == "bad":
    raise RuntimeError("bad state")  # expect runtime error: RuntimeError: bad state
