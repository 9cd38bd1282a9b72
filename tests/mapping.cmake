# The mapping engine's tests and benchmark (core/mapping); included from tests/CMakeLists.txt.
set(M3CART_MAPPING_TEST_DATA "${CMAKE_CURRENT_SOURCE_DIR}/data/mapping")

foreach(t functions engine validation defaults repository suggester diff csv)
    m3cart_add_test(tst_mapping_${t} SOURCES unit/tst_mapping_${t}.cpp LIBS Qt6::Concurrent)
    target_compile_definitions(tst_mapping_${t} PRIVATE M3CART_MAPPING_TEST_DATA="${M3CART_MAPPING_TEST_DATA}")
endforeach()

m3cart_add_test(tst_mapping_cli SOURCES cli/tst_mapping_cli.cpp
    ENV "M3CART_CLI=$<TARGET_FILE:m3cart>")
target_compile_definitions(tst_mapping_cli PRIVATE M3CART_MAPPING_TEST_DATA="${M3CART_MAPPING_TEST_DATA}")
add_dependencies(tst_mapping_cli m3cart)

# Orders mapped per second with the default order mapping, next to jq on the same input (prints figures).
qt_add_executable(bench_mapping bench/bench_mapping.cpp)
target_link_libraries(bench_mapping PRIVATE m3cart_core m3cart_warnings)
target_compile_definitions(bench_mapping PRIVATE M3CART_MAPPING_TEST_DATA="${M3CART_MAPPING_TEST_DATA}")

# Replaying stored events through a draft mapping (core/flows/mapping_replay).
m3cart_add_test(tst_mapping_replay SOURCES integration/tst_mapping_replay.cpp)
target_compile_definitions(tst_mapping_replay PRIVATE M3CART_MAPPING_TEST_DATA="${M3CART_MAPPING_TEST_DATA}")
m3cart_add_test(tst_mapping_replay_cli SOURCES cli/tst_mapping_replay_cli.cpp
    ENV "M3CART_CLI=$<TARGET_FILE:m3cart>")
target_compile_definitions(tst_mapping_replay_cli PRIVATE M3CART_MAPPING_TEST_DATA="${M3CART_MAPPING_TEST_DATA}")
add_dependencies(tst_mapping_replay_cli m3cart)
