class MissingSetting(KeyError):
    pass

raise MissingSetting("timeout")  # expect runtime error: MissingSetting: 'timeout'
