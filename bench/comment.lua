-- Logged-in comment submission: each request takes the next signed-in participant's session
-- cookie and CSRF token (from sessions.lua, written by bench/run) and a fresh idempotency key.
dofile(os.getenv("SHARAKA_BENCH_SESSIONS"))
dofile(os.getenv("SHARAKA_BENCH_DIR") .. "/report.lua")
local path = os.getenv("SHARAKA_BENCH_COMMENT_PATH")
local counter = 0
local thread_id = 0
local threads = 0

setup = function(thread)
  thread:set("thread_id", threads)
  threads = threads + 1
end

request = function()
  counter = counter + 1
  local s = sessions[((counter * 7 + thread_id * 13) % #sessions) + 1]
  local key = string.format("bench-%d-%d-%d", thread_id, counter, math.random(1, 1e9))
  local body = "body=" .. "Bench+comment+on+transparency+" .. counter .. "&csrf=" .. s.csrf ..
    "&idempotency_key=" .. key .. "&website="
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = s.cookie,
  }, body)
end
