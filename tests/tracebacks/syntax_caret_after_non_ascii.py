# The caret counts bytes, as CPython 3.11 does: one further right after é.
café = 1; print "café"
