def get(i):
    raise IndexError("custom index message")

get(0)  # expect runtime error: IndexError: custom index message
