print(round(7.6, None), type(round(7.6, None)).__name__)  # expect: 8 int
print(round(-7.5), round(7.5))                            # expect: -8 8
