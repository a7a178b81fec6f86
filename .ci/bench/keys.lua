-- Idempotency keys for the bench scripts: random version-4 UUIDs, as the
-- respondent page writes them. Loaded by submit.lua and journey.lua with
-- dofile from the repository root, where .ci/bench.sh runs wrk.
local keys = {}

local function hex(digits)
  local out = {}
  for i = 1, digits do
    out[i] = string.format("%x", math.random(0, 15))
  end
  return table.concat(out)
end

function keys.fresh()
  return hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-" ..
    string.format("%x", math.random(8, 11)) .. hex(3) .. "-" .. hex(12)
end

return keys
