# A character that cannot be part of an identifier is named in the error.
ⓐ = 1
