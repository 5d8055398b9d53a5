print(dict.fromkeys("ab"), int.from_bytes(b"\x01"), float.fromhex("0x1p1"))
try: float.fromhex(1)
except TypeError as e: print(e)
