-- Search, never from the page cache: each request carries a distinct (ignored) parameter,
-- and the words rotate over Arabic, French and Tifinagh queries.
dofile(os.getenv("SHARAKA_BENCH_DIR") .. "/report.lua")
local words = { "%D8%A7%D9%84%D9%85%D8%B4%D8%A7%D8%B1%D9%83%D8%A9", "transparence", "budget", "societe+civile",
  "%D8%A7%D9%84%D9%85%D9%8A%D8%B2%D8%A7%D9%86%D9%8A%D8%A9", "%E2%B5%9C%E2%B5%8E%E2%B4%B0%E2%B5%A3%E2%B5%89%E2%B5%96%E2%B5%9C", "parliament", "petitions" }
-- Each wrk thread numbers its requests apart ("&n=<thread>-<count>"): with one counter per
-- thread alone, the second thread asked the first one's addresses again.
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/ar/search?q=" .. words[(counter % #words) + 1] .. "&n=" .. (thread_id or 0) .. "-" .. counter)
end
