-- wrk script: posts the demo survey's form, each request with a fresh
-- idempotency key, as a browser without JavaScript would.
--   wrk ... -s submit.lua URL -- RATING_FIELD CHOICE_FIELD [RATE_PER_THREAD] [TEXT_FIELD]
-- With TEXT_FIELD (RATE_PER_THREAD 0 for none), each answer also carries a
-- sentence of free text, which the server stores sealed.
-- With RATE_PER_THREAD, each wrk thread sends on a fixed schedule (a slot
-- every 1/RATE seconds, whatever the latency of the last answer, taken by
-- whichever of its connections is free) so that together the threads hold
-- a steady rate (statistics-lag scenario). The schedule is per thread
-- because wrk gives each thread one Lua state shared by its connections.

local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_nsec; } tailspin_timespec;
  int clock_gettime(int clock, tailspin_timespec *t);
]]
local now_ts = ffi.new("tailspin_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, now_ts) -- CLOCK_MONOTONIC
  return tonumber(now_ts.tv_sec) * 1000 + tonumber(now_ts.tv_nsec) / 1e6
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

function init(args)
  rating_field = args[1]
  choice_field = args[2]
  text_field = args[4]
  local rate = tonumber(args[3] or "0")
  interval_ms = 0
  if rate > 0 then
    interval_ms = 1000 / rate
  end
  next_due = nil
  math.randomseed(os.time() * 1000 + (thread_number or 0) * 7919)
  sent = 0
end

local fresh_key = dofile(".ci/bench/keys.lua").fresh

function request()
  sent = sent + 1
  local body = "idempotency_key=" .. fresh_key() ..
    "&" .. rating_field .. "=" .. (sent % 5 + 1) ..
    "&" .. choice_field .. "=" .. (sent % 2)
  if text_field and text_field ~= "" then
    body = body .. "&" .. text_field .. "=Answer+" .. sent ..
      "%3A+the+staff+were+friendly+and+the+wait+was+short"
  end
  return wrk.format("POST", nil,
    { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end

-- Called after each answer: the free connection takes the thread's next
-- slot. Late answers shorten the wait (down to none) instead of pushing
-- every later request back.
function delay()
  if interval_ms == 0 then
    return 0
  end
  local now = now_ms()
  next_due = math.max((next_due or now) + interval_ms, now)
  return math.floor(next_due - now)
end
