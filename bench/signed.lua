-- wrk script: sends pre-signed requests (bench/Bench.java gen), each once, and checks every answer.
--   wrk ... -s bench/signed.lua URL -- FILE_PREFIX EXPECT
-- FILE_PREFIX "-" sends wrk's default request (the unsigned baseline). EXPECT is a string every body must
-- contain, e.g. '"code":200,'. A thread stops when its file is nearly used up, so no nonce is sent twice.
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local requests = {}
local count, sent = 0, 0
local expect
-- Globals, so that done() can read them from each thread.
bad, exhausted = 0, 0

function init(args)
  expect = args[2]
  if args[1] == "-" then
    return
  end
  local file = assert(io.open(args[1] .. "." .. id, "rb"))
  local data = file:read("*a")
  file:close()
  local pos = 1
  while pos <= #data do
    local newline = string.find(data, "\n", pos, true)
    local length = tonumber(string.sub(data, pos, newline - 1))
    count = count + 1
    requests[count] = string.sub(data, newline + 1, newline + length)
    pos = newline + length + 1
  end
end

function request()
  if count == 0 then
    return wrk.request()
  end
  sent = sent + 1
  -- Connections of this thread may each still send one more before stop() takes effect.
  if sent >= count - 64 then
    exhausted = 1
    wrk.thread:stop()
  end
  return requests[math.min(sent, count)]
end

function response(status, headers, body)
  if status ~= 200 or not string.find(body, expect, 1, true) then
    bad = bad + 1
    if bad <= 3 then
      io.stderr:write("unexpected answer " .. status .. ": " .. string.sub(body or "", 1, 300) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local bad_total, exhausted_total = 0, 0
  for _, thread in ipairs(threads) do
    bad_total = bad_total + thread:get("bad")
    exhausted_total = exhausted_total + thread:get("exhausted")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT\t%d\t%d\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\n", summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000,
    errors, bad_total, exhausted_total))
end
