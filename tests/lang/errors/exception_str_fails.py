# When str() of the exception fails, the report says so.
class Odd(Exception):
    def __str__(self):
        return 1 / 0


raise Odd()  # expect runtime error: Odd: <exception str() failed>
