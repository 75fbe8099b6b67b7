class AppError(Exception):
    pass

class DbError(AppError):
    pass

try:
    raise DbError("connection lost")
except AppError as e:
    print(type(e).__name__, e)  # expect: DbError connection lost
