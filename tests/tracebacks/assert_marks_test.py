def check(age):
    assert age >= 0, "age must not be negative"

check(-1)
