a = -(7 ** 50)
b = 10 ** 12 + 39
q, r = divmod(a, b)
print(q, r)
print(q * b + r == a, 0 <= r < b)
print(divmod(10 ** 20, -7))
# expect: -1798465042577272009959766732182 781553303849
# expect: True True
# expect: (-14285714285714285715, -5)
