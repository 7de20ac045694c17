//! The Go programs of Weft's criterion micro-benchmarks (`cargo bench -p weft-bench`).
//!
//! Each operation benchmark is a small `package main` that repeats one operation
//! `count` times and prints nothing; the benchmark compiles it once and times whole runs,
//! so the time per element is the operation's cost plus a share of the loop around it
//! and of the VM's start (about 0.1 ms per run, small against runs of 1-10 ms).
//! `compile_source` is the deterministic 2,000-line program of the compile-time benchmark.

/// One operation benchmark: its name, the Go program and how many operations one run does.
pub struct OperationProgram {
    pub name: &'static str,
    pub source: String,
    pub count: u64,
}

/// The operation benchmarks, each sized so that one run takes a few milliseconds.
pub fn operation_programs() -> Vec<OperationProgram> {
    vec![
        operation("go_call", 20_000, GO_CALL),
        operation("native_call", 20_000, NATIVE_CALL),
        operation("interface_call", 20_000, INTERFACE_CALL),
        operation("map_get_set", 20_000, MAP_GET_SET),
        operation("slice_append", 10_000, SLICE_APPEND),
        operation("string_concat", 20_000, STRING_CONCAT),
        operation("channel_pingpong", 5_000, CHANNEL_PINGPONG),
        operation("goroutine_spawn", 2_000, GOROUTINE_SPAWN),
        operation("select_4_cases", 5_000, SELECT_FOUR),
    ]
}

fn operation(name: &'static str, count: u64, template: &str) -> OperationProgram {
    OperationProgram {
        name,
        source: template.replace("COUNT", &count.to_string()),
        count,
    }
}

/// A Go call: `add` is an ordinary Go function (one call per element).
const GO_CALL: &str = r#"package main

func add(a, b int) int { return a + b }

func main() {
	total := 0
	for i := 0; i < COUNT; i++ {
		total = add(total, i)
	}
	if total == -1 {
		println(total)
	}
}
"#;

/// A native call: `math.Abs` is a Rust function bound to a body-less Go declaration.
const NATIVE_CALL: &str = r#"package main

import "math"

func main() {
	total := 0.0
	for i := 0; i < COUNT; i++ {
		total += math.Abs(float64(i) - 5000.5)
	}
	if total == -1 {
		println(total)
	}
}
"#;

/// A method call through an interface (dynamic dispatch on a pointer receiver).
const INTERFACE_CALL: &str = r#"package main

type Shape interface{ Area() int }

type Square struct{ side int }

func (s *Square) Area() int { return s.side * s.side }

func main() {
	var shape Shape = &Square{side: 3}
	total := 0
	for i := 0; i < COUNT; i++ {
		total += shape.Area()
	}
	if total == -1 {
		println(total)
	}
}
"#;

/// A map read-modify-write (`m[k] += v`: one get and one set per element) on 1,024 keys.
const MAP_GET_SET: &str = r#"package main

func main() {
	counts := make(map[int]int)
	for i := 0; i < COUNT; i++ {
		counts[i&1023] += i
	}
	if len(counts) != 1024 {
		println(len(counts))
	}
}
"#;

/// `append` to a slice that starts empty (growth included, as in real code).
const SLICE_APPEND: &str = r#"package main

func main() {
	var values []int
	for i := 0; i < COUNT; i++ {
		values = append(values, i)
	}
	if len(values) != COUNT {
		println(len(values))
	}
}
"#;

/// `s += "ab"` on a string kept under 64 bytes, so each concatenation copies a short string.
const STRING_CONCAT: &str = r#"package main

func main() {
	text := ""
	total := 0
	for i := 0; i < COUNT; i++ {
		text += "ab"
		if len(text) >= 64 {
			total += len(text)
			text = ""
		}
	}
	if total == -1 {
		println(total)
	}
}
"#;

/// One round trip over two unbuffered channels between two goroutines (two hand-offs).
const CHANNEL_PINGPONG: &str = r#"package main

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	total := 0
	for i := 0; i < COUNT; i++ {
		ping <- i
		total += <-pong
	}
	close(ping)
	if total == -1 {
		println(total)
	}
}
"#;

/// A goroutine started, run to its end and waited for (in batches of 100 on a buffered channel).
const GOROUTINE_SPAWN: &str = r#"package main

func main() {
	done := make(chan int, 100)
	total := 0
	for started := 0; started < COUNT; started += 100 {
		for i := 0; i < 100; i++ {
			go func(v int) { done <- v }(i)
		}
		for i := 0; i < 100; i++ {
			total += <-done
		}
	}
	if total == -1 {
		println(total)
	}
}
"#;

/// A `select` over four receive cases, one of them ready (a send on a buffered channel first).
const SELECT_FOUR: &str = r#"package main

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	d := make(chan int, 1)
	total := 0
	for i := 0; i < COUNT; i++ {
		switch i & 3 {
		case 0:
			a <- i
		case 1:
			b <- i
		case 2:
			c <- i
		default:
			d <- i
		}
		select {
		case v := <-a:
			total += v
		case v := <-b:
			total += v
		case v := <-c:
			total += v
		case v := <-d:
			total += v
		}
	}
	if total == -1 {
		println(total)
	}
}
"#;

/// Bytes of live heap the collection benchmark builds before it times `runtime.GC()`.
pub const GC_LIVE_HEAP_BYTES: u64 = 100 << 20;

/// Collections timed per run of the collection program.
pub const GC_CYCLES_PER_RUN: u64 = 3;

/// Builds a live heap of `GC_LIVE_HEAP_BYTES` (as `runtime.ReadMemStats` counts it) of
/// linked structs holding slices and strings, collects once so the heap is settled,
/// then times `GC_CYCLES_PER_RUN` collections one by one and prints the total
/// nanoseconds (with `println`, on standard error, which the benchmark captures).
pub fn gc_source() -> String {
    GC_TEMPLATE
        .replace("LIVE_BYTES", &GC_LIVE_HEAP_BYTES.to_string())
        .replace("CYCLES", &GC_CYCLES_PER_RUN.to_string())
}

const GC_TEMPLATE: &str = r#"package main

import (
	"runtime"
	"time"
)

type node struct {
	next   *node
	values []int
	label  string
	weight float64
}

var keep []*node

func main() {
	var stats runtime.MemStats
	var head *node
	for i := 0; ; i++ {
		head = &node{next: head, values: make([]int, 8), label: "node", weight: float64(i)}
		if i%1024 == 1023 {
			keep = append(keep, head)
			head = nil
			runtime.ReadMemStats(&stats)
			if stats.HeapAlloc >= LIVE_BYTES {
				break
			}
		}
	}
	runtime.GC()
	var total time.Duration
	for i := 0; i < CYCLES; i++ {
		start := time.Now()
		runtime.GC()
		total += time.Since(start)
	}
	println(int64(total))
}
"#;

/// A deterministic Go program of about `lines` lines for the compile-time benchmark:
/// structs with methods, interfaces, closures, loops, switches, maps, slices and string
/// formatting through `fmt`, repeated in numbered units, all called from `main`.
pub fn compile_source(lines: usize) -> String {
    let mut out = String::from(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\ntype Shape interface {\n\tArea() float64\n\tName() string\n}\n\n",
    );
    let mut unit = 0;
    while out.lines().count() + 12 < lines {
        out.push_str(&compile_unit(unit));
        unit += 1;
    }
    out.push_str("func main() {\n\ttotal := 0.0\n");
    for index in 0..unit {
        out.push_str(&format!("\ttotal += run{index}({index})\n"));
    }
    out.push_str("\tfmt.Println(total)\n}\n");
    out
}

/// One numbered unit of the compile-time program (about 45 lines).
fn compile_unit(index: usize) -> String {
    format!(
        r#"type rect{index} struct {{
	width, height float64
	tags          []string
}}

func (r *rect{index}) Area() float64 {{ return r.width * r.height }}

func (r *rect{index}) Name() string {{ return strings.Join(r.tags, "-") }}

func classify{index}(n int) string {{
	switch {{
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}}
}}

func run{index}(seed int) float64 {{
	counts := map[string]int{{}}
	shapes := []Shape{{}}
	for i := 0; i < 4; i++ {{
		r := &rect{index}{{width: float64(i + seed), height: 2, tags: []string{{"r", classify{index}(i)}}}}
		shapes = append(shapes, r)
		counts[classify{index}(i)]++
	}}
	sum := 0.0
	scale := func(x float64) float64 {{ return x * float64(len(counts)) }}
	for _, s := range shapes {{
		if len(s.Name()) > 100 {{
			continue
		}}
		sum += scale(s.Area())
	}}
	label := fmt.Sprintf("%d:%.1f", seed, sum)
	if strings.HasPrefix(label, "-") {{
		return 0
	}}
	return sum
}}

"#
    )
}
