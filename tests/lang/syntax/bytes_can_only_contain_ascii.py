b = b'café'  # expect syntax error: 1:5 bytes can only contain ASCII literal characters
