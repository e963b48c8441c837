-- wrk script for bench/http.mjs: POSTs request bodies read from a file (one JSON body per line),
-- rotating through them, and reports the run as one JSON line (latencies in microseconds).
--   wrk -t2 -c50 -d10s -s rotate.lua http://127.0.0.1:PORT/v1/classify -- BODIES_FILE
-- Every status outside 200-299 is counted (wrk's own error count misses 1xx and 3xx).

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  bodies = {}
  for line in io.lines(args[1]) do
    if #line > 0 then
      bodies[#bodies + 1] = line
    end
  end
  if #bodies == 0 then
    error("no request bodies in " .. tostring(args[1]))
  end
  -- Each thread starts at a different place in the list.
  counter = (id * 7919) % #bodies
  non2xx = 0
  statuses = {}
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json; charset=utf-8"
end

function request()
  counter = counter + 1
  return wrk.format(nil, nil, nil, bodies[(counter % #bodies) + 1])
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local non = 0
  local codes = {}
  for _, t in ipairs(threads) do
    non = non + t:get("non2xx")
    for code, n in pairs(t:get("statuses")) do
      codes[#codes + 1] = string.format('"%d":%d', code, n)
    end
  end
  local e = summary.errors
  io.write(string.format(
    '\nWRK_RESULT {"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"non2xx":%d,"non2xx_by_status":{%s},' ..
    '"latency_us":{"mean":%.1f,"p50":%d,"p90":%d,"p99":%d,"max":%d}}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    non, table.concat(codes, ","),
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
