-- Thread ring: 503 coroutines pass a token around a ring; each hop decrements it, and
-- the coroutine that receives zero reports its number. The main loop moves the token
-- from each coroutine to the next, as the channels do in the Go program.
local ringSize = 503
local hops = tonumber(arg[1]) or 5000000

local function member(id)
  return coroutine.wrap(function(token)
    while true do
      if token == 0 then
        coroutine.yield(-id)
      end
      token = coroutine.yield(token - 1)
    end
  end)
end

local members = {}
for i = 1, ringSize do members[i] = member(i) end
local token, index = hops, 1
while true do
  token = members[index](token)
  if token < 0 then
    print(-token)
    break
  end
  index = index % ringSize + 1
end
