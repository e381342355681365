-- wrk script: POST /api/v1/tickets with a bearer token from $SERVICEMIND_TOKEN.
-- Customers come from a pool of 500 addresses (most requests hit an existing customer, like real traffic).
-- done() prints one JSON line the benchmark script parses.

local token = os.getenv("SERVICEMIND_TOKEN") or ""
local run = os.getenv("BENCH_RUN") or "r"
local counter = 0

wrk.method = "POST"
wrk.path = "/api/v1/tickets"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token

function setup(thread)
  thread:set("tid", tostring(math.random(1, 1000000)))
end

request = function()
  counter = counter + 1
  local customer = math.random(1, 500)
  local body = string.format(
    '{"subject":"Bench %s %d","customer":{"email":"bench%d@example.com","name":"Bench Customer %d"},' ..
    '"message":"The export button does nothing since this morning. Request %d.","priority":"NORMAL",' ..
    '"tags":["bench"],"channel":"api"}', run, counter, customer, customer, counter)
  return wrk.format(nil, nil, nil, body)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"duration_us":%d,"non2xx":%d,"socket_errors":%d,"p50_ms":%.3f,"p90_ms":%.3f,' ..
    '"p99_ms":%.3f,"max_ms":%.3f}\n',
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
