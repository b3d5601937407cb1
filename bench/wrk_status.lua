-- Counts responses that are not 200 across all wrk threads: wrk itself counts a redirect
-- (to sign in, say) as a success, which would make a signed-out run look fast.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not_ok = 0
end

function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("not_ok")
  end
  io.write(string.format("Non-200 responses: %d\n", total))
end
