-- wrk script: each connection waits PAGE_DELAY_MS after every answer, so the page is offered at a fixed rate
-- (connections x 1000 / PAGE_DELAY_MS a second, a little less with the answers' own time) instead of as fast as
-- the server can go. See comments.sh: a page load the server can carry, measured alone and while comments arrive.
local pause = tonumber(os.getenv("PAGE_DELAY_MS") or "0")

function delay()
  return pause
end
