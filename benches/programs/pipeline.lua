-- Pipeline: numbers flow through three stages, each a coroutine pulling from the one
-- before it (Lua has no buffered channels; each value is one hand-off per stage).
local count = tonumber(arg[1]) or 1000000

local function generate(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
  end)
end

local function square(source)
  return coroutine.wrap(function()
    for value in source do coroutine.yield(value * value % 1000003) end
  end)
end

local function dropMultiplesOfThree(source)
  return coroutine.wrap(function()
    for value in source do
      if value % 3 ~= 0 then coroutine.yield(value) end
    end
  end)
end

local received, sum = 0, 0
for value in dropMultiplesOfThree(square(generate(count))) do
  received = received + 1
  sum = sum + value
end
print(received .. " " .. sum)
