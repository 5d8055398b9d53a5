def handler():
    try:
        raise ValueError('first')
    except ValueError:
        return undefined_name
handler()
