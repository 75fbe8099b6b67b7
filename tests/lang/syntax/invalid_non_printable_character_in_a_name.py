# The name holds U+200B, a zero-width space.
ab​c = 1  # expect syntax error: 2:3 invalid non-printable character U+200B
