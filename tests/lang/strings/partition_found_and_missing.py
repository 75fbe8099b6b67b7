print("key=value=more".partition("="))  # expect: ('key', '=', 'value=more')
print("no separator".partition("="))    # expect: ('no separator', '', '')
print("=start".partition("="))          # expect: ('', '=', 'start')
