# An uncaught BufferError: resizing a bytearray that a view still holds.
buf = bytearray(b'data')
view = memoryview(buf)
print(view.tobytes())
buf.extend(b'more')
