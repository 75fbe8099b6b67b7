class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(e)        # expect: age: must be positive
    print(e.field)  # expect: age
    print(e.args)   # expect: ('age: must be positive',)
