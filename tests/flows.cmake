# The business flows through the engine against the simulators.
m3cart_add_test(tst_order_sync SOURCES integration/tst_order_sync.cpp LIBS m3cart_sandbox TIMEOUT 240)
m3cart_add_test(tst_order_soak SOURCES integration/tst_order_soak.cpp LIBS m3cart_sandbox TIMEOUT 300)
m3cart_add_test(tst_stock_sync SOURCES integration/tst_stock_sync.cpp LIBS m3cart_sandbox TIMEOUT 240)
m3cart_add_test(tst_item_sync SOURCES integration/tst_item_sync.cpp LIBS m3cart_sandbox TIMEOUT 240)
m3cart_add_test(tst_money SOURCES integration/tst_money.cpp LIBS m3cart_sandbox TIMEOUT 240)
m3cart_add_test(tst_order_flow SOURCES integration/tst_order_flow.cpp LIBS m3cart_sandbox TIMEOUT 180)
m3cart_add_test(tst_cli_serve SOURCES cli/tst_cli_serve.cpp LIBS m3cart_sandbox LABELS needs-dbus TIMEOUT 240
    ENV "M3CART_CLI=$<TARGET_FILE:m3cart>")
add_dependencies(tst_cli_serve m3cart)
