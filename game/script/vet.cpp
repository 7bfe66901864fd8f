// The child side runs the sandbox on each file and writes one framed message per file to the
// pipe; the parent side waits with a deadline per file and turns whatever happened into a
// RunResult.
//
// Frame format (native byte order: both ends are the same binary): uint32 payload length, then
// int32 kind, int32 line, int64 instructions, uint64 peak memory, and four strings (file, field,
// message, traceback), each as uint32 length + bytes, each cut to message_cap bytes.
#include "script/vet.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace clearance::script {

namespace {

constexpr std::size_t message_cap = 16 * 1024;

const char* signal_name(int sig) {
    switch (sig) {
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGABRT: return "SIGABRT";
    case SIGFPE: return "SIGFPE";
    case SIGILL: return "SIGILL";
    case SIGKILL: return "SIGKILL";
    case SIGXCPU: return "SIGXCPU";
    case SIGXFSZ: return "SIGXFSZ";
    case SIGSYS: return "SIGSYS";
    case SIGTRAP: return "SIGTRAP";
    case SIGTERM: return "SIGTERM";
    case SIGPIPE: return "SIGPIPE";
    default: return "signal";
    }
}

// --- serialisation --------------------------------------------------------------------------

template <class T>
void put(std::string& out, T value) {
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void put_string(std::string& out, const std::string& s) {
    const std::size_t n = std::min(s.size(), message_cap);
    put(out, static_cast<std::uint32_t>(n));
    out.append(s, 0, n);
}

std::string encode(const RunResult& r) {
    std::string out;
    put(out, std::uint32_t{0});  // the frame length, filled in below
    put(out, static_cast<std::int32_t>(r.kind));
    put(out, static_cast<std::int32_t>(r.line));
    put(out, static_cast<std::int64_t>(r.instructions));
    put(out, static_cast<std::uint64_t>(r.peak_memory));
    put_string(out, r.file);
    put_string(out, r.field);
    put_string(out, r.message);
    put_string(out, r.traceback);
    const auto length = static_cast<std::uint32_t>(out.size() - sizeof(std::uint32_t));
    std::memcpy(out.data(), &length, sizeof length);
    return out;
}

class Reader {
public:
    explicit Reader(const std::string& data) : data_(data) {}
    template <class T>
    bool get(T& value) {
        if (data_.size() - pos_ < sizeof value) return false;
        std::memcpy(&value, data_.data() + pos_, sizeof value);
        pos_ += sizeof value;
        return true;
    }
    bool get_string(std::string& s) {
        std::uint32_t n = 0;
        if (!get(n) || n > message_cap || data_.size() - pos_ < n) return false;
        s.assign(data_, pos_, n);
        pos_ += n;
        return true;
    }
    bool at_end() const { return pos_ == data_.size(); }

private:
    const std::string& data_;
    std::size_t pos_ = 0;
};

bool decode(const std::string& data, RunResult& r) {
    Reader in(data);
    std::int32_t kind = 0, line = 0;
    std::int64_t instructions = 0;
    std::uint64_t peak = 0;
    if (!in.get(kind) || !in.get(line) || !in.get(instructions) || !in.get(peak)) return false;
    if (kind < static_cast<std::int32_t>(ErrorKind::none) || kind > static_cast<std::int32_t>(ErrorKind::timeout))
        return false;
    r.kind = static_cast<ErrorKind>(kind);
    r.line = line;
    r.instructions = instructions;
    r.peak_memory = static_cast<std::size_t>(peak);
    return in.get_string(r.file) && in.get_string(r.field) && in.get_string(r.message) &&
           in.get_string(r.traceback) && in.at_end();
}

// --- child ------------------------------------------------------------------------------------

#if !defined(__SANITIZE_ADDRESS__)
// Current size of this process's address space, from /proc/self/statm (pages), or 0.
std::size_t address_space_bytes() {
    const int fd = ::open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    char buffer[128] = {};
    const ssize_t n = ::read(fd, buffer, sizeof buffer - 1);
    ::close(fd);
    if (n <= 0) return 0;
    const unsigned long long pages = std::strtoull(buffer, nullptr, 10);
    return static_cast<std::size_t>(pages) * static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
}
#endif

void limit(int resource, rlim_t soft, rlim_t hard) {
    struct rlimit rl;
    rl.rlim_cur = soft;
    rl.rlim_max = hard;
    ::setrlimit(resource, &rl);
}

void confine_child(const VetOptions& options) {
    // Default actions, so a crash ends the child by its signal even if the parent (doctest, the
    // app) installed handlers; and nothing the parent blocked stays blocked.
    for (int sig : {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGXCPU, SIGXFSZ, SIGSYS, SIGTRAP, SIGPIPE,
                    SIGTERM, SIGINT})
        ::signal(sig, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);

    ::prctl(PR_SET_DUMPABLE, 0);  // no core file, even with a piped core_pattern
    limit(RLIMIT_CORE, 0, 0);
    limit(RLIMIT_FSIZE, 0, 0);  // the sandbox has no I/O; if a bug gave it some, no file grows
#if !defined(__SANITIZE_ADDRESS__)
    // Sanitizers reserve terabytes of address space, so RLIMIT_AS is only set without them.
    if (const std::size_t now = address_space_bytes(); now > 0) {
        const auto cap = static_cast<rlim_t>(now + options.budgets.memory_bytes + vet_address_space_headroom);
        limit(RLIMIT_AS, cap, cap);
    }
#else
    (void)options;
#endif
}

// RLIMIT_CPU counts the whole process, so each file gets "what was used so far + cpu_seconds",
// and the kernel sends SIGXCPU when that is reached. It is the backstop: the parent's wall clock
// (wall_timeout, the same length as cpu_seconds) is what ends a file, with its clearer message.
// The limit therefore lands at least a second after the wall clock could: whole seconds used are
// rounded down (+1) and a second more is added (+1). With only the first +1 a CPU-bound file on
// an idle core raced the wall clock, and either message could come out. The hard limit is left
// as inherited (an unprivileged process cannot raise it again for the next file).
void arm_cpu_limit(int cpu_seconds) {
    struct rusage usage;
    ::getrusage(RUSAGE_SELF, &usage);
    const auto used = static_cast<rlim_t>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec);
    struct rlimit rl;
    ::getrlimit(RLIMIT_CPU, &rl);
    rl.rlim_cur = used + static_cast<rlim_t>(cpu_seconds) + 2;
    if (rl.rlim_max != RLIM_INFINITY && rl.rlim_cur > rl.rlim_max) rl.rlim_cur = rl.rlim_max;
    ::setrlimit(RLIMIT_CPU, &rl);
}

RunResult run_in_child(const VetSource& source, const VetOptions& options) {
    Sandbox sandbox(options.budgets);
    if (options.prepare) {
        RunResult prepared = options.prepare(sandbox);
        if (!prepared.ok()) return prepared;
    }
    RunResult r = sandbox.run_buffer(source.text, source.display_name);
    if (r.ok() && options.check) {
        RunResult checked = options.check(sandbox);
        checked.instructions = r.instructions;
        checked.peak_memory = sandbox.memory_peak();
        if (checked.file.empty()) checked.file = source.display_name;
        return checked;
    }
    return r;
}

bool write_all(int fd, const std::string& data) {
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// Vets sources[first..] in order, one frame each, then exits.
[[noreturn]] void child_main(int fd, const std::vector<VetSource>& sources, std::size_t first,
                             const VetOptions& options) {
    confine_child(options);
    int code = 0;
    try {
        for (std::size_t i = first; i < sources.size(); ++i) {
            arm_cpu_limit(options.cpu_seconds);
            if (!write_all(fd, encode(run_in_child(sources[i], options)))) {
                code = 3;
                break;
            }
        }
    } catch (...) {
        code = 4;  // reported by the parent as "ended without a report"
    }
    ::_exit(code);  // no atexit handlers, no flushing of the parent's stdio buffers
}

// --- parent -----------------------------------------------------------------------------------

RunResult failure(std::string_view display_name, ErrorKind kind, std::string message) {
    RunResult r;
    r.kind = kind;
    r.file = display_name;
    r.message = std::move(message);
    return r;
}

std::string seconds_text(std::chrono::milliseconds ms) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f s", static_cast<double>(ms.count()) / 1000.0);
    return text;
}

// What the death of a child means for the file it was running.
RunResult describe_end(std::string_view display_name, bool timed_out, int status, const VetOptions& options) {
    const std::string during = " while " + options.activity;
    if (timed_out)
        return failure(display_name, ErrorKind::timeout,
                       "the scenario did not finish within " + seconds_text(options.wall_timeout) + during +
                           " (look for a loop that never ends or a very slow string pattern)");
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        const std::string which = "signal " + std::to_string(sig) + ": " + signal_name(sig);
        if (sig == SIGXCPU || sig == SIGKILL)
            return failure(display_name, ErrorKind::timeout,
                           "the scenario used more than " + std::to_string(options.cpu_seconds) +
                               " s of CPU time" + during + " (" + which + ")");
        if (sig == SIGXFSZ)  // RLIMIT_FSIZE: only a host bug could give the sandbox a file
            return failure(display_name, ErrorKind::crash,
                           "the vetting process tried to write a file (" + which + ")" + during);
        return failure(display_name, ErrorKind::crash,
                       "the scenario crashed the Lua interpreter (" + which + ")" + during);
    }
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return failure(display_name, ErrorKind::crash,
                   "the vetting process ended without a report (exit code " + std::to_string(code) + ")" + during);
}

// Takes every complete frame off the front of `buffer`. Returns false on a garbled frame.
bool take_frames(std::string& buffer, std::vector<RunResult>& out) {
    std::size_t pos = 0;
    bool good = true;
    while (buffer.size() - pos >= sizeof(std::uint32_t)) {
        std::uint32_t length = 0;
        std::memcpy(&length, buffer.data() + pos, sizeof length);
        if (length > 8 * message_cap) {
            good = false;
            break;
        }
        if (buffer.size() - pos - sizeof length < length) break;
        RunResult r;
        if (!decode(buffer.substr(pos + sizeof length, length), r)) {
            good = false;
            break;
        }
        out.push_back(std::move(r));
        pos += sizeof length + length;
    }
    buffer.erase(0, pos);
    return good;
}

// One child over sources[first..]: appends a result for each file it finished and, if it stopped
// early, one for the file it was running. Returns true when the last result is such a death.
bool run_child(const std::vector<VetSource>& sources, std::size_t first, const VetOptions& options,
               std::vector<RunResult>& results) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        results.push_back(failure(sources[first].display_name, ErrorKind::crash,
                                  std::string("cannot vet the file: pipe() failed: ") + std::strerror(errno)));
        return true;
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        const int error = errno;
        ::close(fds[0]);
        ::close(fds[1]);
        results.push_back(failure(sources[first].display_name, ErrorKind::crash,
                                  std::string("cannot vet the file: fork() failed: ") + std::strerror(error)));
        return true;
    }
    if (pid == 0) {
        ::close(fds[0]);
        child_main(fds[1], sources, first, options);
    }
    ::close(fds[1]);

    // Each file has wall_timeout from the end of the previous one.
    auto deadline = std::chrono::steady_clock::now() + options.wall_timeout;
    std::string buffer;
    bool timed_out = false, garbled = false;
    char chunk[4096];
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            timed_out = true;
            break;
        }
        struct pollfd p = {fds[0], POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
        if (ready < 0 && errno == EINTR) continue;
        if (ready == 0) {
            timed_out = true;
            break;
        }
        const ssize_t n = ::read(fds[0], chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;  // EOF: the child exited or died
        buffer.append(chunk, static_cast<std::size_t>(n));
        const std::size_t before = results.size();
        if (!take_frames(buffer, results)) {
            garbled = true;
            break;
        }
        if (results.size() != before) deadline = std::chrono::steady_clock::now() + options.wall_timeout;
    }
    ::close(fds[0]);
    if (timed_out || garbled) ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    const std::size_t done = results.size() - first;  // results holds one per file before `first`
    if (first + done >= sources.size()) return false;
    const VetSource& stopped = sources[first + done];
    if (garbled) {
        results.push_back(failure(stopped.display_name, ErrorKind::crash,
                                  "the vetting process sent a garbled report while " + options.activity));
        return true;
    }
    results.push_back(describe_end(stopped.display_name, timed_out, status, options));
    return true;
}

}  // namespace

std::vector<RunResult> vet_batch(const std::vector<VetSource>& sources, const VetOptions& options) {
    std::vector<RunResult> results;
    results.reserve(sources.size());
    while (results.size() < sources.size()) {
        const std::size_t first = results.size();
        const bool died = run_child(sources, first, options, results);
        const std::size_t last = results.size() - 1;
        // A crash after other files ran in the same child could be their doing (a corrupted heap
        // fails later): the file alone, in its own child, decides.
        if (died && last > first && results[last].kind == ErrorKind::crash) {
            std::vector<RunResult> alone;
            run_child(std::vector<VetSource>{sources[last]}, 0, options, alone);
            results[last] = std::move(alone.front());
        }
    }
    return results;
}

RunResult vet_buffer(std::string_view source, std::string_view display_name, const VetOptions& options) {
    return vet_batch({VetSource{std::string(display_name), std::string(source)}}, options).front();
}

RunResult vet_file(const std::filesystem::path& path, std::string_view display_name, const VetOptions& options) {
    std::string source;
    RunResult r = read_source_file(path, display_name, source);
    return r.ok() ? vet_buffer(source, display_name, options) : r;
}

}  // namespace clearance::script
