try:
    pass
except ValueError, TypeError:  # expect syntax error: 3:8 multiple exception types must be parenthesized
    pass
