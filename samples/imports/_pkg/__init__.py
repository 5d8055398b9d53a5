print("loading package", __name__)
VERSION = 3
