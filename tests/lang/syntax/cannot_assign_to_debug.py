__debug__ = 1  # expect syntax error: 1:1 cannot assign to __debug__
