-- Readers spread over the whole archive: every request asks for a different article,
-- /articles/bench-N, walking the corpus from a point of its own on each thread, so neither the
-- page cache nor the rendered bodies can answer from memory what another request built.
--   LOAD_ARTICLES  how many articles the corpus has (bench-0 to bench-(LOAD_ARTICLES - 1))

local articles = tonumber(os.getenv("LOAD_ARTICLES") or "")
if not articles or articles < 1 then error("LOAD_ARTICLES must give the corpus's number of articles") end

local threads = 0
local next = 0
local step = 7919 -- a prime, so a thread's walk visits every article before it repeats one

function setup(thread)
  thread:set("first", threads * math.floor(articles / 64))
  threads = threads + 1
end

function init(args)
  next = first
end

function request()
  next = (next + step) % articles
  return wrk.format("GET", "/articles/bench-" .. next)
end
