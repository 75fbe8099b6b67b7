try:
    pass
except:  # expect syntax error: 3:1 default 'except:' must be last
    pass
except ValueError:
    pass
