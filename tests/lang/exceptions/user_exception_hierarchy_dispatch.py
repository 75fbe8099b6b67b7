class AppError(Exception):
    pass

class NotFound(AppError):
    pass

class Forbidden(AppError):
    pass

for exc in [NotFound("page"), Forbidden("admin"), AppError("generic")]:
    try:
        raise exc
    except NotFound as e:
        print("404", e)  # expect: 404 page
    except Forbidden as e:
        print("403", e)  # expect: 403 admin
    except AppError as e:
        print("500", e)  # expect: 500 generic
