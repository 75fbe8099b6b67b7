print("head::body::tail".partition("::"))
print("head::body::tail".rpartition("::"))
# expect: ('head', '::', 'body::tail')
# expect: ('head::body', '::', 'tail')
