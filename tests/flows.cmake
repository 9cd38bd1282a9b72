# The business flows through the engine against the simulators.
m3cart_add_test(tst_order_flow SOURCES integration/tst_order_flow.cpp LIBS m3cart_sandbox TIMEOUT 180)
