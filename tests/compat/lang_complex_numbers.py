z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 1j, complex(1, 2), bool(0j))
print((1 + 2j) + (3 - 1j), (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), 2j ** 2)
print(complex('1+2j'), repr(-0j), 1j == complex(0, 1), type(z).__name__)
