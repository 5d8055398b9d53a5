# Turns a source file into a C++ file defining `const char NAME[]` with its
# text, so stdlib modules written in the language ship inside the binary.
# Usage: cmake -DINPUT=x.py -DOUTPUT=x.cpp -DNAME=kSymbol -P embed.cmake
file(READ ${INPUT} text)
file(WRITE ${OUTPUT} "// Generated from ${INPUT}; do not edit.\nnamespace coil::rt {\nextern const char ${NAME}[];\nconst char ${NAME}[] = R\"coil_embed(${text})coil_embed\";\n}\n")
