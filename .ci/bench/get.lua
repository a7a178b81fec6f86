-- wrk script: GETs with the session cookie given as the first argument.
--   wrk ... -s get.lua URL -- "tailspin_session=..."
function init(args)
  wrk.headers["Cookie"] = args[1]
  wrk.headers["Accept"] = "text/html"
end
