-- Nested integer loops over a slice: indexing, comparisons and integer arithmetic.
local n = tonumber(arg[1]) or 3000
local values = {}
for i = 0, n - 1 do
  values[i + 1] = (i * 7919 + 13) % 1000
end
local total = 0
for i = 1, n do
  local a = values[i]
  for j = 1, n do
    local b = values[j]
    if a > b then
      total = total + (a - b)
    else
      total = total + ((a ~ b) & 15)
    end
  end
end
print(total)
