# The console's tests (QTest on the offscreen platform) and the core classes written for it.
m3cart_add_test(tst_alert_monitor SOURCES unit/tst_alert_monitor.cpp)
m3cart_add_test(tst_retry_policy_model SOURCES ui/tst_retry_policy_model.cpp LIBS m3cart_ui)
m3cart_add_test(tst_connections_page SOURCES ui/tst_connections_page.cpp LIBS m3cart_ui TIMEOUT 180)
m3cart_add_test(tst_console_sandbox SOURCES ui/tst_console_sandbox.cpp LIBS m3cart_ui TIMEOUT 240)
# Issue 9: the event monitor, the dead-letter inspector and the syncs page.
m3cart_add_test(tst_event_query SOURCES ui/tst_event_query.cpp ui/seed_events.h)
m3cart_add_test(tst_event_table_model SOURCES ui/tst_event_table_model.cpp ui/seed_events.h LIBS m3cart_ui)
m3cart_add_test(tst_event_monitor SOURCES ui/tst_event_monitor.cpp ui/seed_events.h LIBS m3cart_ui)
m3cart_add_test(tst_dead_letters_page SOURCES ui/tst_dead_letters_page.cpp ui/seed_events.h ui/screen_shot.h LIBS m3cart_ui)
m3cart_add_test(tst_syncs_page SOURCES ui/tst_syncs_page.cpp ui/seed_events.h ui/screen_shot.h LIBS m3cart_ui TIMEOUT 240)
# Issue 10: the mapping editor.
m3cart_add_test(tst_mapping_editor SOURCES ui/tst_mapping_editor.cpp ui/mapping_test_support.h ui/screen_shot.h LIBS m3cart_ui)
m3cart_add_test(tst_mapping_canvas SOURCES ui/tst_mapping_canvas.cpp ui/mapping_test_support.h ui/screen_shot.h LIBS m3cart_ui)
m3cart_add_test(tst_mapping_versions SOURCES ui/tst_mapping_versions.cpp ui/mapping_test_support.h ui/seed_events.h ui/screen_shot.h LIBS m3cart_ui
    TIMEOUT 180)
m3cart_add_test(tst_mapping_tables SOURCES ui/tst_mapping_tables.cpp ui/mapping_test_support.h ui/screen_shot.h LIBS m3cart_ui)

# The monitor's figures over a million events; built with the tests, run on purpose.
qt_add_executable(bench_monitor bench/bench_monitor.cpp)
target_link_libraries(bench_monitor PRIVATE m3cart_ui m3cart_warnings)
# The mapping editor's figures (refresh, canvas, replay, opening the page); built with the tests, run on purpose.
qt_add_executable(bench_mapping_editor bench/bench_mapping_editor.cpp)
target_link_libraries(bench_mapping_editor PRIVATE m3cart_ui m3cart_test_support m3cart_warnings)
