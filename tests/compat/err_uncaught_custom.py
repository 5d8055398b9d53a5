class AppError(Exception):
    pass
class DbError(AppError):
    def __str__(self):
        return 'database unavailable'
def connect():
    raise DbError()
connect()
