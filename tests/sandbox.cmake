# The simulators' contract tests (real HTTP on port 0) and their benchmark. Included from tests/CMakeLists.txt.
m3cart_add_test(tst_sandbox_cart SOURCES integration/tst_sandbox_cart.cpp integration/sandbox_client.h
    LIBS m3cart_sandbox Qt6::Network LABELS sandbox)
m3cart_add_test(tst_sandbox_m3 SOURCES integration/tst_sandbox_m3.cpp integration/sandbox_client.h
    LIBS m3cart_sandbox Qt6::Network LABELS sandbox)
m3cart_add_test(tst_sandbox_admin SOURCES integration/tst_sandbox_admin.cpp integration/sandbox_client.h
    LIBS m3cart_sandbox Qt6::Network LABELS sandbox
    ENV "M3CART_CLI=$<TARGET_FILE:m3cart>")
add_dependencies(tst_sandbox_admin m3cart)

# Requests per second each simulator serves on loopback (prints figures; not part of ctest).
qt_add_executable(bench_sandbox bench/bench_sandbox.cpp)
target_link_libraries(bench_sandbox PRIVATE m3cart_sandbox Qt6::Network m3cart_warnings)
