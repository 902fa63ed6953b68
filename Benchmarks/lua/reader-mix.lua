-- Readers going round the demo's kinds of page: the home page, the lead feature and another
-- story, a person, a drama, a couple, a tag and the feed, one after another on each connection.
local paths = {
  "/",
  "/articles/han-so-hee-and-song-kang-nevertheless",
  "/articles/sweet-home-netflix-monster-series",
  "/people/song-kang",
  "/dramas/nevertheless",
  "/couples/han-so-hee-and-song-kang",
  "/tags/netflix",
  "/feed.xml",
}
local turn = 0

function request()
  turn = turn % #paths + 1
  return wrk.format("GET", paths[turn])
end
