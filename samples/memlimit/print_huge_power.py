# print(2**10**10) under a 1 GiB limit: the power cannot be built.
print('before')
print(2**10**10)
