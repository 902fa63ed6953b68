-- Readers commenting on one article: exactly LOAD_TOTAL POSTs to
-- /api/v1/articles/LOAD_SLUG/comments over all threads (see exact-posts.lua for the counting).
-- Every comment has its own name, e-mail address and text, so none is refused as a duplicate,
-- and each client address sends at most two, so the per-address limit is not what is measured.
-- Each e-mail address is new, so every comment is a first comment and is held for a moderator
-- (202): stored all the same, and counted as accepted.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local exact = dofile(here .. "exact-posts.lua")

local slug = os.getenv("LOAD_SLUG")
if not slug or slug == "" then error("LOAD_SLUG must name the article to comment on") end
local path = "/api/v1/articles/" .. slug .. "/comments"

-- Plain text without links or quotes: two links or more would hold a comment for a moderator,
-- and quotes would need escaping in the JSON below.
local lines = {
  "The final episode made me cry all over again.",
  "Their chemistry on screen is unreal, I rewatched the rooftop scene three times.",
  "정말 최고의 드라마! The soundtrack alone deserves an award.",
  "I did not expect that twist with the second lead at all.",
  "Can we talk about the cinematography in the rain scene?",
  "This cast deserves a second season, the writers left so much open.",
  "오늘 방송 너무 재밌었어요. Waiting for next week already.",
  "The subtitles on my app were late again, but the story carried it.",
  "Honestly the best historical drama since the palace series last year.",
  "My whole family watches this together every Saturday night.",
  "The villain is written so well that I almost feel sorry for him.",
  "Seeing the filming locations in Jeonju made me want to visit.",
}

exact.define({
  name = "comments",
  per_address = 2,
  octet = 0,
  build = function(number, address)
    local body = string.format(
      '{"name":"Reader %d","email":"reader%d@bench.test","body":"Comment number %d from thread %d: %s"}',
      number, number, number, id, lines[(number - 1) % #lines + 1])
    return wrk.format("POST", path, {
      ["Content-Type"] = "application/json",
      ["X-Forwarded-For"] = address,
    }, body)
  end,
})
