-- The soak's mix: readers going round every kind of page, feed, sitemap and public API read;
-- searches; the editor's analyze and preview calls; an editor saving an article now and then;
-- readers commenting and voting from addresses spread wide (X-Forwarded-For through the
-- trusted loopback), so no per-address limit is what is measured. Answers are tallied by status
-- class; done() prints them in one RESULT line.
--
-- From the environment (setup() and done() run in wrk's main Lua state, which never sees the
-- script's arguments):
--   SOAK_TOKEN    an editor's API token, for the saves
--   SOAK_SAVE     the slug of the article the saves change
--   SOAK_COMMENT  the slug of the article readers comment on
--   SOAK_POLL     the poll readers vote in, and SOAK_OPTIONS its option ids, comma-separated

local function env(name)
  local value = os.getenv(name)
  if not value or value == "" then error(name .. " must be set") end
  return value
end

local token, save_slug, comment_slug, poll = env("SOAK_TOKEN"), env("SOAK_SAVE"), env("SOAK_COMMENT"), env("SOAK_POLL")
local options = {}
for option in env("SOAK_OPTIONS"):gmatch("[^,]+") do table.insert(options, option) end

local reads = {
  "/", "/?page=2", "/articles/han-so-hee-and-song-kang-nevertheless", "/articles/sweet-home-netflix-monster-series",
  "/articles/" .. comment_slug, "/articles/" .. save_slug, "/people/song-kang", "/people/han-so-hee",
  "/dramas/nevertheless", "/dramas/sweet-home", "/organizations/netflix", "/organizations/jtbc",
  "/couples/han-so-hee-and-song-kang", "/tags/netflix", "/feed.xml", "/atom.xml", "/feed.json",
  "/people/song-kang/feed.xml", "/sitemap.xml", "/sitemap-news.xml", "/robots.txt", "/polls/" .. poll,
  "/api/v1/articles?per=10", "/api/v1/articles/" .. comment_slug, "/api/v1/people/song-kang", "/api/v1/polls/" .. poll,
}
-- Percent-encoded where a browser would: 한소희 is Han So-hee's name in Hangul.
local queries = {
  "Song+Kang", "Han+So-hee", "%ED%95%9C%EC%86%8C%ED%9D%AC", "Netflix", "Nevertheless", "Sweet+Home", "Songkang", "drama",
  "Lee+Do-hyun", "comeback",
}
local texts = {
  "Han So-hee and Song Kang met again on the set of Nevertheless, the JTBC drama Netflix carried abroad.",
  "Song Kang's turn in Sweet Home made him Netflix's monster-hunting lead; 송강 fans call it his breakout.",
  "Han Sohee and Song Kangg were seen together, a misspelt line the analysis should flag.",
}

local json_headers = { ["Content-Type"] = "application/json" }
local saves = 0

local function pick(list) return list[math.random(#list)] end

local function address()
  return string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
  s2xx, s3xx, s4xx, s5xx, other = 0, 0, 0, 0, 0
end

function request()
  local roll = math.random(1000)
  if roll <= 800 then
    return wrk.format("GET", pick(reads))
  elseif roll <= 860 then
    return wrk.format("GET", "/search?q=" .. pick(queries) .. "&page=" .. math.random(3))
  elseif roll <= 890 then
    return wrk.format("POST", "/api/v1/analyze", json_headers, '{"text":"' .. pick(texts) .. '"}')
  elseif roll <= 910 then
    return wrk.format("POST", "/api/v1/preview", json_headers, '{"text":"' .. pick(texts) .. '"}')
  elseif roll <= 911 then
    saves = saves + 1
    return wrk.format("PATCH", "/api/v1/articles/" .. save_slug,
      { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token },
      '{"dek":"Updated during the soak, save ' .. id .. "-" .. saves .. '."}')
  elseif roll <= 955 then
    return wrk.format("POST", "/api/v1/articles/" .. comment_slug .. "/comments",
      { ["Content-Type"] = "application/json", ["X-Forwarded-For"] = address() },
      '{"name":"Soak reader","body":"A comment sent during the soak, number ' .. math.random(1e9) .. '."}')
  else
    return wrk.format("POST", "/api/v1/polls/" .. poll .. "/votes",
      { ["Content-Type"] = "application/json", ["X-Forwarded-For"] = address() },
      '{"option":"' .. pick(options) .. '"}')
  end
end

function response(status, headers, body)
  if status >= 500 then s5xx = s5xx + 1
  elseif status >= 400 then s4xx = s4xx + 1
  elseif status >= 300 then s3xx = s3xx + 1
  elseif status >= 200 then s2xx = s2xx + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local totals = { s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0, other = 0 }
  for _, thread in ipairs(threads) do
    for key in pairs(totals) do totals[key] = totals[key] + (thread:get(key) or 0) end
  end
  io.write(string.format("RESULT s2xx=%d s3xx=%d s4xx=%d s5xx=%d other=%d p99_us=%d\n",
    totals.s2xx, totals.s3xx, totals.s4xx, totals.s5xx, totals.other, latency:percentile(99)))
end
