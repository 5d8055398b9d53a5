# Unit tests of the lexer and parser (coil_syntax).
add_executable(test_syntax
  ${CMAKE_CURRENT_LIST_DIR}/unit/test_lexer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/unit/test_parser.cpp)
target_link_libraries(test_syntax PRIVATE coil_syntax GTest::gtest_main)
gtest_discover_tests(test_syntax)
