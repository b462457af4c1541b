// The pseudo-terminal calls of glibc, which Swift's Glibc module leaves out (they need
// _XOPEN_SOURCE), declared as glibc declares them, for parley-bench's bare-pty measurements.
#ifndef PARLEY_PSEUDO_TERMINAL_SHIM_H
#define PARLEY_PSEUDO_TERMINAL_SHIM_H

extern int posix_openpt(int flags);
extern int grantpt(int fd);
extern int unlockpt(int fd);
extern char *ptsname(int fd);

#endif
