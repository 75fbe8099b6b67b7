del f()  # expect syntax error: 1:5 cannot delete function call
