package os

// The natives every file and environment operation goes through. Each failure is an
// errno number (0: success), turned into a syscall.Errno by the callers. The host picks
// the implementation: a sandbox that has no files, or the real system (natives/sys.rs).

// sysOpen opens name with open(2) flags and permission bits; fd is a descriptor number.
func sysOpen(name string, flag int, perm uint32) (fd int, errno int)

// sysRead reads at most max bytes at the file's offset; "" with errno 0 is the end.
func sysRead(fd int, max int) (data string, errno int)

// sysPread reads at most max bytes at offset off without moving the file's offset.
func sysPread(fd int, max int, off int64) (data string, errno int)

// sysWrite writes data at the file's offset and reports how much was written.
func sysWrite(fd int, data string) (n int, errno int)

// sysSeek moves the file's offset (whence: 0 start, 1 current, 2 end).
func sysSeek(fd int, offset int64, whence int) (position int64, errno int)

func sysClose(fd int) (errno int)

// sysStat describes name (following a final symbolic link when follow is set); mode is
// in io/fs.FileMode bits and mtime in Unix nanoseconds.
func sysStat(name string, follow bool) (size int64, mode uint32, mtime int64, errno int)

func sysFstat(fd int) (size int64, mode uint32, mtime int64, errno int)

// sysReadDir lists the names in directory name, sorted.
func sysReadDir(name string) (names []string, errno int)

func sysMkdir(name string, perm uint32) (errno int)

// sysRemove removes a file or an empty directory.
func sysRemove(name string) (errno int)

func sysRename(from string, to string) (errno int)

func sysTruncate(name string, size int64) (errno int)

func sysGetwd() (dir string, errno int)

func sysChdir(dir string) (errno int)

// sysEnviron returns the environment the program starts with, as "key=value" strings.
func sysEnviron() []string

func sysHostname() (name string, errno int)

func sysGetpid() int

// sysRandom returns a number for naming temporary files.
func sysRandom() uint32

// writeString writes s to standard output (fd 1) or standard error (fd 2), the host's
// streams (which an embedding host may capture).
func writeString(fd int, s string)

// readStdin reads at most max bytes of the process's standard input; "" at
// the end of the input or on an error.
func readStdin(max int) string
