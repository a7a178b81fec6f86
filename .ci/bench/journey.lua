-- wrk script: a respondent's whole journey, as a browser without JavaScript
-- makes it: GET the survey page, POST its form, GET the thank-you page.
--   wrk ... -s journey.lua http://HOST/s/TENANT/SLUG -- RATING_FIELD CHOICE_FIELD
-- Each wrk thread cycles through the three steps, so the three kinds of
-- request are sent in equal numbers and a journey is three requests:
-- journeys/s = requests/s / 3. A post carries the idempotency key of a page
-- this thread was served (each page's key is used once); until the first
-- page has come back it uses a fresh key, as submit.lua does. wrk gives
-- each thread one Lua state shared by its connections, so the three steps
-- of one journey need not travel on the same connection.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

function init(args)
  rating_field = args[1]
  choice_field = args[2]
  page_path = wrk.path
  thanks_path = wrk.path .. "/thanks"
  math.randomseed(os.time() * 1000 + (thread_number or 0) * 7919)
  step = 0
  sent = 0
  keys = {}
  first_key, last_key = 1, 0
end

local fresh_key = dofile(".ci/bench/keys.lua").fresh

local function next_key()
  if first_key > last_key then
    return fresh_key()
  end
  local key = keys[first_key]
  keys[first_key] = nil
  first_key = first_key + 1
  return key
end

function request()
  step = step % 3 + 1
  if step == 1 then
    return wrk.format("GET", page_path, { ["Accept"] = "text/html" })
  elseif step == 2 then
    sent = sent + 1
    local body = "idempotency_key=" .. next_key() ..
      "&" .. rating_field .. "=" .. (sent % 5 + 1) ..
      "&" .. choice_field .. "=" .. (sent % 2)
    return wrk.format("POST", page_path,
      { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
  else
    return wrk.format("GET", thanks_path, { ["Accept"] = "text/html" })
  end
end

-- Keeps the idempotency key of every survey page served (bounded: a thread
-- never holds more than a few hundred unused keys).
function response(status, headers, body)
  if status ~= 200 or body == nil or last_key - first_key > 512 then
    return
  end
  local key = string.match(body, 'name="idempotency_key"[^>]-value="([%x%-]+)"')
  if key then
    last_key = last_key + 1
    keys[last_key] = key
  end
end
