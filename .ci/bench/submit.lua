-- wrk script: posts the demo survey's form, each request with a fresh
-- idempotency key, as a browser without JavaScript would.
--   wrk ... -s submit.lua URL -- RATING_FIELD CHOICE_FIELD [RATE_PER_CONNECTION]
-- With RATE_PER_CONNECTION, each connection waits between requests so that
-- together they hold a steady rate (statistics-lag scenario).

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

function init(args)
  rating_field = args[1]
  choice_field = args[2]
  local rate = tonumber(args[3] or "0")
  pause_ms = 0
  if rate > 0 then
    pause_ms = 1000 / rate
  end
  math.randomseed(os.time() * 1000 + (thread_number or 0) * 7919)
  sent = 0
end

local function hex(digits)
  local out = {}
  for i = 1, digits do
    out[i] = string.format("%x", math.random(0, 15))
  end
  return table.concat(out)
end

local function fresh_key()
  return hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-" ..
    string.format("%x", math.random(8, 11)) .. hex(3) .. "-" .. hex(12)
end

function request()
  sent = sent + 1
  local body = "idempotency_key=" .. fresh_key() ..
    "&" .. rating_field .. "=" .. (sent % 5 + 1) ..
    "&" .. choice_field .. "=" .. (sent % 2)
  return wrk.format("POST", nil,
    { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end

function delay()
  return pause_ms
end
