-- Binary trees: many short-lived allocations next to one long-lived tree (collector load).
local function build(depth)
  if depth == 0 then return {} end
  return { build(depth - 1), build(depth - 1) }
end

local function count(node)
  if node[1] == nil then return 1 end
  return 1 + count(node[1]) + count(node[2])
end

local maxDepth = tonumber(arg[1]) or 16
print(string.format("stretch depth %d: %d nodes", maxDepth + 1, count(build(maxDepth + 1))))
local longLived = build(maxDepth)
for depth = 4, maxDepth, 2 do
  local trees = 1 << (maxDepth - depth + 4)
  local nodes = 0
  for _ = 1, trees do
    nodes = nodes + count(build(depth))
  end
  print(string.format("depth %d: %d trees, %d nodes", depth, trees, nodes))
end
print(string.format("long-lived depth %d: %d nodes", maxDepth, count(longLived)))
