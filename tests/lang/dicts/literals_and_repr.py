print({})                # expect: {}
print({"a": 1, "b": 2})  # expect: {'a': 1, 'b': 2}
print({1: "one", 2.5: [1, 2], (1, 2): {"x": None}})
# expect: {1: 'one', 2.5: [1, 2], (1, 2): {'x': None}}
print({"quote": "it's", "nested": {"k": [True]}})
# expect: {'quote': "it's", 'nested': {'k': [True]}}
