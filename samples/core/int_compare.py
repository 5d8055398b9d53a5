# Comparisons mixing big and small ints and floats.
big = 2 ** 100
print(big > 1, big < -1, -big < 1, big == 2 ** 100, big != big + 1)
print(1 < 2 ** 64 < 2 ** 65, -(2 ** 64) < -(2 ** 63))
print(max(3, big, -big), min(3, big, -big))
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(10 ** 20 > 1e19, 3 < 3.5, -1 > -1.5)
print(sorted([big, -3, 0, 2 ** 64, -big, 7]))
print(0 == -0, 5 >= 5, 5 <= 4)
