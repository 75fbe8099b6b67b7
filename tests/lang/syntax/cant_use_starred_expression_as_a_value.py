x = *a  # expect syntax error: 1:5 can't use starred expression here
