def reraise():
    raise

reraise()  # expect runtime error: RuntimeError: No active exception to reraise
