a = -(7 ** 50)
b = 10 ** 12 + 39
q, r = divmod(a, b)
print(q, r)                        # expect: -1798465042577272009959766732182 781553303849
print(q * b + r == a, 0 <= r < b)  # expect: True True
print(divmod(10 ** 20, -7))        # expect: (-14285714285714285715, -5)
