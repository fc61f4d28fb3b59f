-- Logged-in comment submission: each request takes the next signed-in participant's session
-- cookie and CSRF token (from sessions.lua, written by bench/run) and a fresh idempotency key.
dofile(os.getenv("SHARAKA_BENCH_SESSIONS"))
dofile(os.getenv("SHARAKA_BENCH_DIR") .. "/report.lua")
local path = os.getenv("SHARAKA_BENCH_COMMENT_PATH")
-- A steady trickle instead of as fast as possible (the mixed row): a pause before each request.
local pause = tonumber(os.getenv("SHARAKA_BENCH_COMMENT_DELAY_MS") or "")
if pause then
  delay = function() return pause end
end
local counter = 0
local threads = 0
to_login = 0

-- Each thread gets its own number (a global in the thread's own Lua state).
local all = {}
setup = function(thread)
  thread:set("thread_id", threads)
  threads = threads + 1
  table.insert(all, thread)
end

extra_fields = function()
  local n = 0
  for _, t in ipairs(all) do n = n + (t:get("to_login") or 0) end
  return " to_login=" .. n
end

-- A 303 back to the sign-in page means the session was not accepted: count them.
response = function(status, headers, body)
  if status == 303 and headers["Location"] and string.find(headers["Location"], "/login", 1, true) then
    to_login = to_login + 1
  end
end

request = function()
  counter = counter + 1
  local s = sessions[((counter * 7 + (thread_id or 0) * 13) % #sessions) + 1]
  local key = string.format("bench-%d-%d-%d", thread_id, counter, math.random(1, 1e9))
  local body = "body=" .. "Bench+comment+on+transparency+" .. counter .. "&csrf=" .. s.csrf ..
    "&idempotency_key=" .. key .. "&website="
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = s.cookie,
  }, body)
end
