def f():
    from time import *  # expect syntax error: 2:22 import * only allowed at module level
