from concurrent.futures import ProcessPoolExecutor

class AppError(Exception):
    pass

def explode(msg):
    raise AppError(msg)

if __name__ == "__main__":
    with ProcessPoolExecutor(1) as ex:
        fut = ex.submit(explode, "from the child")
        exc = fut.exception()
        print(type(exc).__name__, exc, type(exc) is AppError)
        print("remote traceback attached:", "explode" in str(exc.__cause__))
        try:
            list(ex.map(explode, ["x"]))
        except AppError as e:
            print("map raised:", e)
