-- Sieve of Eratosthenes: a large boolean array written with strides.
local limit = tonumber(arg[1]) or 10000000
local composite = {}
for i = 1, limit do composite[i] = false end
local count, last = 0, 0
for i = 2, limit do
  if not composite[i] then
    count = count + 1
    last = i
    for multiple = i * i, limit, i do
      composite[multiple] = true
    end
  end
end
print(count .. " " .. last)
