-- Readers voting in one poll: exactly LOAD_TOTAL POSTs to /api/v1/polls/LOAD_POLL/votes over
-- all threads (see exact-posts.lua for the counting), going round the options LOAD_OPTIONS
-- lists (their ids, comma-separated). No request carries a cookie, so each is a new voter (wrk
-- drops the voter cookie the server sets), and each client address casts at most ten votes,
-- half of what the server allows one address in one poll in an hour.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local exact = dofile(here .. "exact-posts.lua")

local poll = os.getenv("LOAD_POLL")
if not poll or poll == "" then error("LOAD_POLL must name the poll to vote in") end
local options = {}
for option in (os.getenv("LOAD_OPTIONS") or ""):gmatch("[^,]+") do table.insert(options, option) end
if #options == 0 then error("LOAD_OPTIONS must list the poll's option ids, comma-separated") end
local path = "/api/v1/polls/" .. poll .. "/votes"

exact.define({
  name = "votes",
  per_address = 10,
  -- 10.128.0.0 and up: apart from the addresses the comments phase used.
  octet = 128,
  build = function(number, address)
    return wrk.format("POST", path, {
      ["Content-Type"] = "application/json",
      ["X-Forwarded-For"] = address,
    }, '{"option":"' .. options[(number - 1) % #options + 1] .. '"}')
  end,
})
