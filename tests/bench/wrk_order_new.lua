-- wrk script for bench_ingest serve: POSTs 3dcart Order New webhooks, each with its own OrderID.
--   wrk -t2 -c32 -d10s -s tests/bench/wrk_order_new.lua "http://127.0.0.1:18787/webhooks/3dcart/order-new?token=bench"
local counter = 0
local thread_id = 0
function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
end
function request()
  counter = counter + 1
  local order_id = id * 10000000 + counter
  local body = string.format('[{"OrderID":%d,"InvoiceNumberPrefix":"AB-","InvoiceNumber":%d,"OrderStatusID":1,' ..
    '"LastUpdate":"2024-05-01T10:00:00","BillingEmail":"buyer@example.com",' ..
    '"OrderItemList":[{"ItemID":"SKU-1","ItemQuantity":2,"ItemUnitPrice":19.99}]}]', order_id, order_id)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end
