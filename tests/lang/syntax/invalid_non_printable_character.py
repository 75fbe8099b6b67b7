# The character between 1 and + is U+00A0, a no-break space.
x = 1 + 2  # expect syntax error: 2:6 invalid non-printable character U+00A0
