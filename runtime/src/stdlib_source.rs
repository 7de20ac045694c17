//! The Go source of Weft's standard library packages, embedded in the binary.
//!
//! Functions declared without a body are natives, bound by name to the Rust
//! functions registered in `natives`.

use weft_compiler::driver::PackageSource;

/// Import path and the files of each standard package.
const PACKAGES: &[(&str, &[(&str, &str)])] = &[
    (
        "runtime",
        &[("runtime.go", include_str!("../go/runtime/runtime.go"))],
    ),
    (
        "errors",
        &[("errors.go", include_str!("../go/errors/errors.go"))],
    ),
    (
        "internal/oserror",
        &[(
            "errors.go",
            include_str!("../go/internal/oserror/errors.go"),
        )],
    ),
    (
        "syscall",
        &[("syscall.go", include_str!("../go/syscall/syscall.go"))],
    ),
    (
        "os",
        &[
            ("os.go", include_str!("../go/os/os.go")),
            ("sys.go", include_str!("../go/os/sys.go")),
            ("env.go", include_str!("../go/os/env.go")),
            ("file.go", include_str!("../go/os/file.go")),
            ("dir.go", include_str!("../go/os/dir.go")),
        ],
    ),
    (
        "internal/reflectlite",
        &[(
            "reflectlite.go",
            include_str!("../go/internal/reflectlite/reflectlite.go"),
        )],
    ),
    ("io/fs", &[("fs.go", include_str!("../go/io/fs/fs.go"))]),
    ("io", &[("io.go", include_str!("../go/io/io.go"))]),
    (
        "io/ioutil",
        &[("ioutil.go", include_str!("../go/io/ioutil/ioutil.go"))],
    ),
    (
        "fmt",
        &[
            ("print.go", include_str!("../go/fmt/print.go")),
            ("scan.go", include_str!("../go/fmt/scan.go")),
        ],
    ),
    (
        "unsafe",
        &[("unsafe.go", include_str!("../go/unsafe/unsafe.go"))],
    ),
    (
        "sync/atomic",
        &[("atomic.go", include_str!("../go/sync/atomic/atomic.go"))],
    ),
    (
        "context",
        &[("context.go", include_str!("../go/context/context.go"))],
    ),
    (
        "time",
        &[
            ("time.go", include_str!("../go/time/time.go")),
            ("calendar.go", include_str!("../go/time/calendar.go")),
            ("format.go", include_str!("../go/time/format.go")),
            ("parse.go", include_str!("../go/time/parse.go")),
        ],
    ),
    ("sync", &[("sync.go", include_str!("../go/sync/sync.go"))]),
    (
        "math/rand",
        &[("rand.go", include_str!("../go/math/rand/rand.go"))],
    ),
    (
        "unicode",
        &[("unicode.go", include_str!("../go/unicode/unicode.go"))],
    ),
    (
        "unicode/utf8",
        &[("utf8.go", include_str!("../go/unicode/utf8/utf8.go"))],
    ),
    (
        "unicode/utf16",
        &[("utf16.go", include_str!("../go/unicode/utf16/utf16.go"))],
    ),
    (
        "strings",
        &[
            ("strings.go", include_str!("../go/strings/strings.go")),
            ("builder.go", include_str!("../go/strings/builder.go")),
            ("reader.go", include_str!("../go/strings/reader.go")),
            ("replace.go", include_str!("../go/strings/replace.go")),
        ],
    ),
    (
        "strconv",
        &[("strconv.go", include_str!("../go/strconv/strconv.go"))],
    ),
    (
        "math",
        &[
            ("const.go", include_str!("../go/math/const.go")),
            ("math.go", include_str!("../go/math/math.go")),
            ("special.go", include_str!("../go/math/special.go")),
        ],
    ),
    (
        "math/cmplx",
        &[("cmplx.go", include_str!("../go/math/cmplx/cmplx.go"))],
    ),
    (
        "math/bits",
        &[("bits.go", include_str!("../go/math/bits/bits.go"))],
    ),
    (
        "bytes",
        &[
            ("bytes.go", include_str!("../go/bytes/bytes.go")),
            ("buffer.go", include_str!("../go/bytes/buffer.go")),
            ("reader.go", include_str!("../go/bytes/reader.go")),
        ],
    ),
    (
        "bufio",
        &[
            ("bufio.go", include_str!("../go/bufio/bufio.go")),
            ("scan.go", include_str!("../go/bufio/scan.go")),
        ],
    ),
    ("flag", &[("flag.go", include_str!("../go/flag/flag.go"))]),
    ("log", &[("log.go", include_str!("../go/log/log.go"))]),
    (
        "runtime/debug",
        &[("debug.go", include_str!("../go/runtime/debug/debug.go"))],
    ),
    (
        "regexp",
        &[("regexp.go", include_str!("../go/regexp/regexp.go"))],
    ),
    (
        "sort",
        &[
            ("sort.go", include_str!("../go/sort/sort.go")),
            ("search.go", include_str!("../go/sort/search.go")),
            ("pdqsort.go", include_str!("../go/sort/pdqsort.go")),
            ("stable.go", include_str!("../go/sort/stable.go")),
        ],
    ),
    (
        "container/list",
        &[("list.go", include_str!("../go/container/list/list.go"))],
    ),
    (
        "container/heap",
        &[("heap.go", include_str!("../go/container/heap/heap.go"))],
    ),
    (
        "container/ring",
        &[("ring.go", include_str!("../go/container/ring/ring.go"))],
    ),
    ("path", &[("path.go", include_str!("../go/path/path.go"))]),
    (
        "path/filepath",
        &[("path.go", include_str!("../go/path/filepath/path.go"))],
    ),
    (
        "encoding/hex",
        &[("hex.go", include_str!("../go/encoding/hex/hex.go"))],
    ),
    (
        "encoding/base64",
        &[("base64.go", include_str!("../go/encoding/base64/base64.go"))],
    ),
    (
        "encoding/base32",
        &[("base32.go", include_str!("../go/encoding/base32/base32.go"))],
    ),
    (
        "encoding/pem",
        &[("pem.go", include_str!("../go/encoding/pem/pem.go"))],
    ),
    (
        "encoding/ascii85",
        &[(
            "ascii85.go",
            include_str!("../go/encoding/ascii85/ascii85.go"),
        )],
    ),
    (
        "encoding/binary",
        &[
            ("binary.go", include_str!("../go/encoding/binary/binary.go")),
            ("data.go", include_str!("../go/encoding/binary/data.go")),
        ],
    ),
    (
        "encoding/csv",
        &[
            ("reader.go", include_str!("../go/encoding/csv/reader.go")),
            ("writer.go", include_str!("../go/encoding/csv/writer.go")),
        ],
    ),
    ("hash", &[("hash.go", include_str!("../go/hash/hash.go"))]),
    (
        "hash/fnv",
        &[("fnv.go", include_str!("../go/hash/fnv/fnv.go"))],
    ),
    (
        "hash/crc32",
        &[("crc32.go", include_str!("../go/hash/crc32/crc32.go"))],
    ),
    (
        "hash/adler32",
        &[("adler32.go", include_str!("../go/hash/adler32/adler32.go"))],
    ),
    (
        "hash/crc64",
        &[("crc64.go", include_str!("../go/hash/crc64/crc64.go"))],
    ),
    (
        "encoding",
        &[("encoding.go", include_str!("../go/encoding/encoding.go"))],
    ),
    (
        "crypto/md5",
        &[("md5.go", include_str!("../go/crypto/md5/md5.go"))],
    ),
    (
        "crypto/sha1",
        &[("sha1.go", include_str!("../go/crypto/sha1/sha1.go"))],
    ),
    (
        "crypto/sha256",
        &[("sha256.go", include_str!("../go/crypto/sha256/sha256.go"))],
    ),
    (
        "crypto/sha512",
        &[("sha512.go", include_str!("../go/crypto/sha512/sha512.go"))],
    ),
    (
        "crypto/subtle",
        &[("subtle.go", include_str!("../go/crypto/subtle/subtle.go"))],
    ),
    (
        "crypto/hmac",
        &[("hmac.go", include_str!("../go/crypto/hmac/hmac.go"))],
    ),
    (
        "text/tabwriter",
        &[(
            "tabwriter.go",
            include_str!("../go/text/tabwriter/tabwriter.go"),
        )],
    ),
];

/// Weft's standard library as a `PackageSource`.
pub struct StdLib;

impl PackageSource for StdLib {
    fn package_files(&self, import_path: &str) -> Option<Vec<(String, String)>> {
        PACKAGES
            .iter()
            .find(|(path, _)| *path == import_path)
            .map(|(_, files)| {
                files
                    .iter()
                    .map(|(n, t)| (format!("$GOROOT/src/{import_path}/{n}"), t.to_string()))
                    .collect()
            })
    }
}
