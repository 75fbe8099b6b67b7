class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(e)
    print(e.field)
    print(e.args)
# expect: age: must be positive
# expect: age
# expect: ('age: must be positive',)
