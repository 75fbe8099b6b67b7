*a  # expect syntax error: 1:1 can't use starred expression here
