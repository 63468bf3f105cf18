-- wrk script: every request posts a new comment with a unique text; the ids of the comments the server
-- acknowledged (303 with Location ...#comment-ID) are written to the file named by ACKED when the run ends.
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  acked = {}
  refused = 0
  -- COMMENT_DELAY_MS: pause after each comment on each connection, to hold a target rate (see comments.sh)
  pause = tonumber(os.getenv("COMMENT_DELAY_MS") or "0")
  -- PHASE keeps texts of different runs apart: the same text twice would be a resubmission, answered without a write
  phase = os.getenv("PHASE") or tostring(os.time())
  math.randomseed(os.time() + id * 7919)
end

function delay()
  return pause
end

request = function()
  counter = counter + 1
  local marker = phase .. "-" .. id .. "-" .. counter .. "-" .. math.random(1, 1000000000)
  local body = "name=Bench+Reader&email=bench-" .. marker .. "%40example.net&website=&homepage=&parent=&token="
    .. "&body=Benchmark+comment+" .. marker
  return wrk.format("POST", nil, { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end

response = function(status, headers, body)
  if status == 303 then
    local location = headers["Location"] or headers["location"] or ""
    local comment = string.match(location, "#comment%-(%d+)$")
    if comment then
      table.insert(acked, comment)
    end
  else
    refused = refused + 1
  end
end

done = function(summary, latency, requests)
  local file = io.open(os.getenv("ACKED"), "w")
  local total, rejected = 0, 0
  for _, thread in ipairs(threads) do
    local ids = thread:get("acked")
    for _, comment in ipairs(ids) do
      file:write(comment, "\n")
      total = total + 1
    end
    rejected = rejected + thread:get("refused")
  end
  file:close()
  io.write(string.format("acknowledged=%d refused=%d socket_errors=%d\n", total, rejected,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
