#ifndef PARLEY_CNCURSESW_SHIM_H
#define PARLEY_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <ncurses.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <unistd.h>
#include <stdio.h>

// glibc only declares wcwidth under _XOPEN_SOURCE; declare it so the shim works either way.
extern int wcwidth(wchar_t c);
static inline int parley_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

// Swift 6 rejects reading ncurses' mutable C globals; these accessors are the single place that does.
static inline WINDOW *parley_stdscr(void) { return stdscr; }
static inline WINDOW *parley_curscr(void) { return curscr; }
static inline int parley_lines(void) { return LINES; }
static inline int parley_cols(void) { return COLS; }
static inline int parley_colors(void) { return COLORS; }
static inline int parley_color_pairs(void) { return COLOR_PAIRS; }

// Attribute macros are not imported by Swift.
static inline attr_t parley_a_normal(void) { return A_NORMAL; }
static inline attr_t parley_a_bold(void) { return A_BOLD; }
static inline attr_t parley_a_dim(void) { return A_DIM; }
static inline attr_t parley_a_underline(void) { return A_UNDERLINE; }
static inline attr_t parley_a_reverse(void) { return A_REVERSE; }
static inline attr_t parley_a_italic(void) { return A_ITALIC; }
static inline int parley_key_f(int n) { return KEY_F(n); }

// stdio streams are globals too.
static inline FILE *parley_stdout(void) { return stdout; }
static inline FILE *parley_stdin(void) { return stdin; }

// Installs a plain handler with sa_flags = 0 (no SA_RESTART) so get_wch returns ERR on a signal.
static inline int parley_install_handler(int sig, void (*handler)(int)) {
    struct sigaction action;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    action.sa_handler = handler;
    return sigaction(sig, &action, NULL);
}

// Restores the default disposition (used before re-raising SIGTSTP or a fatal signal).
static inline int parley_default_handler(int sig) {
    struct sigaction action;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    action.sa_handler = SIG_DFL;
    return sigaction(sig, &action, NULL);
}

// A process started by a test harness may inherit a blocked mask; unblock what the run loop relies on.
static inline int parley_unblock_terminal_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGTSTP);
    sigaddset(&set, SIGCONT);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}
#endif
