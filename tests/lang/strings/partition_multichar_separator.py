print("head::body::tail".partition("::"))   # expect: ('head', '::', 'body::tail')
print("head::body::tail".rpartition("::"))  # expect: ('head::body', '::', 'tail')
