def todo():
    raise NotImplementedError("todo")

todo()  # expect runtime error: NotImplementedError: todo
