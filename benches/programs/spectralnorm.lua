-- Spectral norm: the power method on an implicit matrix (float loops and calls).

-- entry is element (i, j) (zero-based) of the matrix 1/((i+j)(i+j+1)/2 + i + 1).
local function entry(i, j)
  return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
end

local function multiply(vector, result, n)
  for i = 1, n do
    local sum = 0.0
    for j = 1, n do
      sum = sum + entry(i - 1, j - 1) * vector[j]
    end
    result[i] = sum
  end
end

local function multiplyTransposed(vector, result, n)
  for i = 1, n do
    local sum = 0.0
    for j = 1, n do
      sum = sum + entry(j - 1, i - 1) * vector[j]
    end
    result[i] = sum
  end
end

local function multiplyNormal(vector, result, scratch, n)
  multiply(vector, scratch, n)
  multiplyTransposed(scratch, result, n)
end

local n = tonumber(arg[1]) or 1000
local u, v, scratch = {}, {}, {}
for i = 1, n do u[i] = 1.0; v[i] = 0.0; scratch[i] = 0.0 end
for _ = 1, 10 do
  multiplyNormal(u, v, scratch, n)
  multiplyNormal(v, u, scratch, n)
end
local uv, vv = 0.0, 0.0
for i = 1, n do
  uv = uv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(string.format("%.9f", math.sqrt(uv / vv)))
