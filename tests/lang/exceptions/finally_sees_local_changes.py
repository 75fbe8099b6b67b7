def f():
    status = "start"
    try:
        status = "running"
        raise ValueError
    except ValueError:
        status = "failed"
    finally:
        print("final status:", status)

f()  # expect: final status: failed
