// Linux system calls Swift cannot reach directly: glibc has no wrapper for openat2, and syscall() is variadic.
#include <linux/openat2.h>
#include <sys/syscall.h>
#include <unistd.h>

static inline int broadsheet_openat2(int directory, const char *path, struct open_how *how) {
    return (int)syscall(SYS_openat2, directory, path, how, sizeof(struct open_how));
}
