-- wrk script for bench/overload.sh: requests one page at a steady rate per connection (PACE_MS between a response
-- and the next request), counts the answers by status, and checks that every 429 and 503 carries Retry-After.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  without_retry_after = 0
  pause = tonumber(os.getenv("PACE_MS") or "0")
end

function delay()
  return pause
end

response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 429 or status == 503 then
    if not (headers["Retry-After"] or headers["retry-after"]) then
      without_retry_after = without_retry_after + 1
    end
  end
end

done = function(summary, latency, requests)
  local counts, missing = {}, 0
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      counts[status] = (counts[status] or 0) + n
    end
    missing = missing + thread:get("without_retry_after")
  end
  local parts = {}
  for status, n in pairs(counts) do
    table.insert(parts, status .. ":" .. n)
  end
  table.sort(parts)
  local errors = summary.errors
  io.write(string.format("requests=%d statuses=%s no_retry_after=%d connect=%d read=%d write=%d timeout=%d "
    .. "p50=%.2f p99=%.2f max=%.2f\n", summary.requests, table.concat(parts, ","), missing, errors.connect,
    errors.read, errors.write, errors.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
