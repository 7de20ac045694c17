-- Mandelbrot: float iteration per pixel; the bitmap (8 pixels a byte, rows padded)
-- is reduced to a checksum instead of being printed.
local maxIterations = 50
local size = tonumber(arg[1]) or 1000
local inside, checksum = 0, 0
for y = 0, size - 1 do
  local ci = 2.0 * y / size - 1.0
  local bits, bitCount = 0, 0
  for x = 0, size - 1 do
    local cr = 2.0 * x / size - 1.5
    local zr, zi = 0.0, 0.0
    local escaped = false
    for _ = 1, maxIterations do
      local nextValue = zr * zr - zi * zi + cr
      zi = 2.0 * zr * zi + ci
      zr = nextValue
      if zr * zr + zi * zi > 4.0 then
        escaped = true
        break
      end
    end
    bits = bits << 1
    if not escaped then
      bits = bits | 1
      inside = inside + 1
    end
    bitCount = bitCount + 1
    if bitCount == 8 or x == size - 1 then
      bits = bits << (8 - bitCount)
      checksum = (checksum * 31 + bits) & 0xffffffff
      bits, bitCount = 0, 0
    end
  end
end
print(string.format("%d pixels inside, checksum %d", inside, checksum))
