scores = {"ann": 72, "bob": 95, "cy": 88}
for name in sorted(scores, key=lambda k: scores[k], reverse=True):
    print(name, scores[name])
# expect: bob 95
# expect: cy 88
# expect: ann 72
print(sorted(scores.items()))  # expect: [('ann', 72), ('bob', 95), ('cy', 88)]
