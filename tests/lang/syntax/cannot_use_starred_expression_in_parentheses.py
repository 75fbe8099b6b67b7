x = (*a)  # expect syntax error: 1:6 cannot use starred expression here
