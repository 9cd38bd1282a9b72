# The API clients against the simulators over real HTTP.
m3cart_add_test(tst_cart_client SOURCES integration/tst_cart_client.cpp LIBS m3cart_sandbox)
m3cart_add_test(tst_m3_client SOURCES integration/tst_m3_client.cpp LIBS m3cart_sandbox)
m3cart_add_test(tst_cli_connectors SOURCES cli/tst_cli_connectors.cpp LIBS m3cart_sandbox LABELS needs-dbus
    ENV "M3CART_CLI=$<TARGET_FILE:m3cart>")
add_dependencies(tst_cli_connectors m3cart)
