class NotAnError:
    pass

raise NotAnError  # expect runtime error: TypeError: exceptions must derive from BaseException
