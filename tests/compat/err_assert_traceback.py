def check(v):
    assert v > 0, f'expected positive, got {v}'
    return v
check(1)
check(-5)
