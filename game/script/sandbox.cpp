// The sandbox's machinery: allocator (memory budget), count hook (instruction budget), message
// handler and the one protected runner. The replacement library functions are in
// lua_safe_libs.cpp.
//
// Why no coroutine library: scenarios do not need it, and it is where Debian's 5.4.4 is weakest.
// About 12,000 nested coroutine.close calls through __close segfault it (reproduced here with
// 12,000; 1,000 are fine), coroutine.resume would be one more place that catches budget errors,
// and a loop inside a coroutine is only stopped because the hook is inherited from the main
// thread. Without coroutines a script has exactly one thread, which the allocator relies on.
#include "script/sandbox.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "script/sandbox_internal.h"

namespace clearance::script {

namespace {

constexpr int traceback_max_frames = 12;

// Frames the message handler looks at. lua_getstack(L, level) walks the call list from the top,
// so a full walk is quadratic: with 100,000 frames of recursion and an error raised in every
// __close while unwinding, it was a hang in C that no hook sees.
constexpr int handler_max_levels = 40;

std::int64_t saturating_add(std::int64_t a, std::int64_t b) {
    if (b > 0 && a > INT64_MAX - b) return INT64_MAX;
    return a + b;
}

// "20,000,000": budgets are read by authors.
std::string with_thousands(std::int64_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    const std::size_t first = digits.size() % 3;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && i >= first && (i - first) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

// Line of the innermost frame running the file's own code, or 0. Uses only lua_getstack and
// lua_getinfo("Sl"), which neither allocate nor raise, so it is safe inside the allocator.
int own_code_line(SandboxCore* c, lua_State* L) noexcept {
    lua_Debug ar;
    for (int level = 0; level < 32 && lua_getstack(L, level, &ar); ++level) {
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0 && c->is_own_source(ar.source))
            return ar.currentline;
    }
    return 0;
}

void count_hook(lua_State* L, lua_Debug* ar) {
    SandboxCore* c = core_of(L);
    c->instructions = saturating_add(c->instructions, c->hook_count);
    if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0 && c->is_own_source(ar->source))
        c->last_line = ar->currentline;
    if (!c->limit_hit()) {
        if (c->instructions > c->budgets.instructions) c->hit(Limit::instructions, c->last_line);
        else if (std::chrono::steady_clock::now() > c->deadline) c->hit(Limit::seconds, c->last_line);
        else return;
    }
    c->raise_limit(L);
}

// The memory budget. Lua assumes shrinking never fails, so only growth is refused. Growth is also
// charged to the instruction budget (bytes_per_instruction_allocated): `s = s .. s` is one
// instruction but copies the whole string.
void* sandbox_alloc(void* ud, void* ptr, std::size_t osize, std::size_t nsize) noexcept {
    auto* c = static_cast<SandboxCore*>(ud);
    const std::size_t old = ptr ? osize : 0;  // with ptr == NULL, osize is a type tag
    if (nsize == 0) {
        std::free(ptr);
        c->memory_used -= old;
        return nullptr;
    }
    if (nsize > old) {
        const std::size_t grow = nsize - old;
        const std::size_t limit =
            c->budgets.memory_bytes + (c->limit == Limit::memory ? memory_error_reserve : 0);
        if (c->memory_used + grow > limit) {
            if (c->L && c->run_depth > 0) {
                const int line = own_code_line(c, c->L);
                if (line > 0) c->memory_refused_line = line;
                // Lua answers a refusal with a full collection (it scans the whole heap) and
                // retries. A script hovering at the budget would trigger one per allocation,
                // seconds of C work the hook never sees, so each refusal costs a heap scan.
                const auto scan = static_cast<std::int64_t>(c->memory_used / bytes_per_instruction_allocated);
                c->instructions = saturating_add(c->instructions, scan);
                c->refusal_instructions = saturating_add(c->refusal_instructions, scan);
                if (!c->limit_hit() && c->instructions > c->budgets.instructions)
                    c->hit(Limit::instructions, c->last_line);
            }
            return nullptr;  // Lua collects garbage and retries once before raising LUA_ERRMEM
        }
        if (c->run_depth > 0) {
            c->instructions = saturating_add(
                c->instructions,
                instructions_per_allocation + static_cast<std::int64_t>(grow / bytes_per_instruction_allocated));
            if (!c->limit_hit() && c->instructions > c->budgets.instructions)
                c->hit(Limit::instructions, c->last_line);  // raised by the hook at the next instruction
        }
    }
    void* block = std::realloc(ptr, nsize);
    if (!block) {
        if (nsize <= old) return ptr;  // keep the bigger block rather than fail a shrink
        c->system_refused = true;
        return nullptr;
    }
    c->memory_used = c->memory_used - old + nsize;
    if (c->memory_used > c->memory_peak) c->memory_peak = c->memory_used;
    return block;
}

// Only reached by a host bug (a Lua API call outside the runner that raised).
int on_panic(lua_State* L) {
    const char* message = lua_tostring(L, -1);
    std::fprintf(stderr, "clearance: unprotected Lua error (host bug): %s\n", message ? message : "?");
    std::abort();
}

std::string describe_error_object(lua_State* L, int index) {
    switch (lua_type(L, index)) {
    case LUA_TSTRING: {
        std::size_t len = 0;
        const char* s = lua_tolstring(L, index, &len);
        if (len <= message_max_bytes) return std::string(s, len);
        return std::string(s, message_max_bytes) + "... (message cut)";
    }
    case LUA_TNUMBER: {
        if (lua_isinteger(L, index)) return std::to_string(lua_tointeger(L, index));
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.14g", lua_tonumber(L, index));
        return buffer;
    }
    default:
        // __tostring is deliberately not called: it is script code, and it may loop or raise.
        return std::string("(error object is a ") + luaL_typename(L, index) + " value)";
    }
}

void append_frame(std::string& out, const lua_Debug& ar) {
    out += ar.short_src;
    if (ar.currentline > 0) out += ":" + std::to_string(ar.currentline);
    out += ": in ";
    if (*ar.namewhat != '\0') out += std::string(ar.namewhat) + " '" + (ar.name ? ar.name : "?") + "'";
    else if (*ar.what == 'm') out += "main chunk";
    else if (*ar.what == 'C') out += "?";
    else out += "function <" + std::string(ar.short_src) + ":" + std::to_string(ar.linedefined) + ">";
    out += '\n';
}

// The runner's message handler: records the error in C++ (message, first line of the file's own
// code, traceback) and returns the error object unchanged. Makes no Lua allocation, so it still
// works when the memory budget is exhausted; never calls script code.
int message_handler(lua_State* L) {
    SandboxCore* c = core_of(L);
    if (c->limit_hit()) return 1;  // located by the hook or allocator; unwinding may raise it 100,000 times
    try {
        c->error_recorded = true;
        c->error_message = describe_error_object(L, 1);
        c->error_frame_line = 0;
        c->traceback.clear();
        lua_Debug ar;
        int shown = 0;
        for (int level = 1; level <= handler_max_levels && lua_getstack(L, level, &ar); ++level) {
            if (!lua_getinfo(L, "Sln", &ar)) continue;
            if (c->error_frame_line == 0 && ar.currentline > 0 && c->is_own_source(ar.source))
                c->error_frame_line = ar.currentline;
            if (shown++ < traceback_max_frames) append_frame(c->traceback, ar);
        }
    } catch (...) {
        c->error_recorded = false;  // out of system memory: fall back to the error object
    }
    return 1;
}

// Splits "name:12: message" when name is how Lua abbreviates our chunk (luaO_chunkid keeps names
// of up to 59 bytes, else "..." and the last 56). Returns the line, or 0 and leaves text alone.
int strip_position(std::string& text, std::string_view display_name) {
    std::string shown(display_name);
    if (shown.size() > 59) shown = "..." + shown.substr(shown.size() - 56);
    if (text.compare(0, shown.size(), shown) != 0 || text.size() <= shown.size() + 1) return 0;
    std::size_t i = shown.size();
    if (text[i] != ':') return 0;
    ++i;
    int line = 0;
    const std::size_t digits_start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9' && line < 100'000'000)
        line = line * 10 + (text[i++] - '0');
    if (i == digits_start || i + 1 >= text.size() || text[i] != ':' || text[i + 1] != ' ') return 0;
    text.erase(0, i + 2);
    return line;
}

// A top-level run starts with fresh budgets; nested runs (a host binding calling back into Lua)
// keep counting against the run that contains them.
void begin_top_level_run(SandboxCore& c) {
    c.instructions = 0;
    c.limit = Limit::none;
    c.limit_line = c.last_line = c.memory_refused_line = 0;
    c.refusal_instructions = 0;
    c.system_refused = false;
    c.hook_count = hook_period;
    lua_sethook(c.L, count_hook, LUA_MASKCOUNT, hook_period);
    c.deadline = std::chrono::steady_clock::now() +
                 std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                     std::chrono::duration<double>(c.budgets.seconds));
}

int open_libraries_protected(lua_State* L) {
    auto* c = static_cast<SandboxCore*>(lua_touserdata(L, 1));
    lua_settop(L, 0);
    open_safe_libraries(L, c);
    return 0;
}

int register_trampoline(lua_State* L) {
    // Stack: upvalue1..upvalueN, fn (light C function), name (light userdata: const char*).
    const char* name = static_cast<const char*>(lua_touserdata(L, -1));
    const lua_CFunction fn = lua_tocfunction(L, -2);
    lua_pop(L, 2);
    lua_pushcclosure(L, fn, lua_gettop(L));
    lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
    lua_insert(L, -2);
    lua_setfield(L, -2, name);  // the globals have no metatable before the file runs
    return 0;
}

}  // namespace

// --- SandboxCore ------------------------------------------------------------------------------

SandboxCore* core_of(lua_State* L) noexcept {
    void* ud = nullptr;
    lua_getallocf(L, &ud);
    return static_cast<SandboxCore*>(ud);
}

void SandboxCore::charge(lua_State* state, std::int64_t amount) {
    if (amount > 0) instructions = saturating_add(instructions, amount);
    if (!limit_hit() && instructions > budgets.instructions) {
        instructions = budgets.instructions + 1;  // report "over by one", not 2^63 for table.move
        const int line = own_code_line(this, state);
        hit(Limit::instructions, line ? line : last_line);
    }
    if (limit_hit()) raise_limit(state);
}

void SandboxCore::hit(Limit which, int line) noexcept {
    if (limit != Limit::none) return;
    limit = which;
    limit_line = line;
    hook_count = 1;  // from now on every instruction traps and raises again
    if (L) lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);  // documented as safe at any time
}

std::string SandboxCore::limit_message() const {
    switch (limit) {
    case Limit::instructions:
        return "the scenario ran over its CPU budget of " + with_thousands(budgets.instructions) +
               " Lua instructions (look for a loop that never ends)";
    case Limit::seconds: {
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%g", budgets.seconds);
        return std::string("the scenario ran for more than ") + seconds +
               " s, the time limit of one run (look for a loop that never ends)";
    }
    case Limit::memory:
        if (system_refused) return "the system ran out of memory while running the scenario";
        return "the scenario ran over its memory budget of " +
               std::to_string(budgets.memory_bytes >> 20) +
               " MB (look for a table or string that grows without end)";
    case Limit::none: break;
    }
    return {};
}

void SandboxCore::raise_limit(lua_State* state) {
    // Once a limit is hit every instruction raises again, and unwinding through __close handlers
    // can raise it 100,000 times: the message is made once per kind and kept in the registry, so
    // raising allocates nothing (fresh strings kept the GC busy rescanning a deep stack: 6 s).
    static const char keys[4] = {};
    const int which = limit == Limit::instructions ? 0 : limit == Limit::seconds ? 1 : system_refused ? 3 : 2;
    const void* key = &keys[which];
    if (lua_rawgetp(state, LUA_REGISTRYINDEX, key) != LUA_TSTRING) {
        lua_pop(state, 1);
        // Only C objects in this frame when Lua may raise: the text goes through a fixed buffer.
        char message[200] = "budget exceeded";
        try {
            const std::string text = limit_message();
            std::snprintf(message, sizeof message, "%s", text.c_str());
        } catch (...) {
        }
        lua_pushstring(state, message);
        lua_pushvalue(state, -1);
        lua_rawsetp(state, LUA_REGISTRYINDEX, key);
    }
    lua_error(state);
    std::abort();  // lua_error does not return
}

void SandboxCore::append_printed(const char* text, std::size_t len) noexcept {
    try {
        const std::size_t room = printed_max_bytes - printed.size();
        if (len > room) {
            printed.append(text, room);
            printed_truncated = true;
        } else {
            printed.append(text, len);
        }
    } catch (...) {
        printed_truncated = true;
    }
}

void copy_exception_message(char* out, std::size_t size, const char* what) noexcept {
    std::snprintf(out, size, "%s", what ? what : "C++ exception");
}

// --- Sandbox ----------------------------------------------------------------------------------

Sandbox::Sandbox(Budgets budgets) : core_(std::make_unique<SandboxCore>()) {
    core_->budgets = budgets;
    core_->owner = this;
    L_ = lua_newstate(sandbox_alloc, core_.get());
    if (!L_) throw std::runtime_error("could not create a Lua state: out of memory");
    core_->L = L_;
    lua_atpanic(L_, on_panic);
    lua_sethook(L_, count_hook, LUA_MASKCOUNT, hook_period);  // before any script code exists
    lua_pushcfunction(L_, open_libraries_protected);
    lua_pushlightuserdata(L_, core_.get());
    const RunResult opened = call(1, 0);
    if (!opened.ok()) {
        lua_close(L_);
        throw std::runtime_error("could not open the sandbox libraries: " + opened.message);
    }
}

Sandbox::~Sandbox() {
    if (L_) lua_close(L_);
}

Sandbox& Sandbox::from(lua_State* L) { return *core_of(L)->owner; }

void Sandbox::charge(lua_State* L, std::int64_t instructions) { core_of(L)->charge(L, instructions); }

const std::string& Sandbox::printed() const { return core_->printed; }
bool Sandbox::printed_truncated() const { return core_->printed_truncated; }
std::size_t Sandbox::memory_used() const { return core_->memory_used; }
std::size_t Sandbox::memory_peak() const { return core_->memory_peak; }
std::int64_t Sandbox::instructions_used() const { return core_->instructions; }

RunResult Sandbox::register_function(const char* name, lua_CFunction fn, int nupvalues) {
    if (!lua_checkstack(L_, 3)) {
        lua_pop(L_, nupvalues);
        RunResult r;
        r.kind = ErrorKind::memory_budget;
        r.message = "no room on the Lua stack to register " + std::string(name);
        return r;
    }
    lua_pushcfunction(L_, register_trampoline);
    lua_insert(L_, -(nupvalues + 1));
    lua_pushcfunction(L_, fn);  // a light C function: no allocation
    lua_pushlightuserdata(L_, const_cast<char*>(name));
    return call(nupvalues + 2, 0);
}

RunResult read_source_file(const std::filesystem::path& path, std::string_view display_name, std::string& text) {
    RunResult r;
    r.file = display_name;
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        r.kind = ErrorKind::file;
        r.message = "cannot read the file: " + ec.message();
        return r;
    }
    if (size > source_max_bytes) {
        r.kind = ErrorKind::file;
        r.message = "the file is " + with_thousands(static_cast<std::int64_t>(size)) +
                    " bytes; scenario files may have at most " +
                    with_thousands(static_cast<std::int64_t>(source_max_bytes)) + " bytes";
        return r;
    }
    std::ifstream in(path, std::ios::binary);
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (!in.is_open() || in.bad()) {
        r.kind = ErrorKind::file;
        r.message = "cannot read the file";
    }
    return r;
}

RunResult Sandbox::run_file(const std::filesystem::path& path, std::string_view display_name) {
    std::string source;
    RunResult r = read_source_file(path, display_name, source);
    return r.ok() ? run_buffer(source, display_name) : r;
}

RunResult Sandbox::run_buffer(std::string_view source, std::string_view display_name) {
    SandboxCore& c = *core_;
    RunResult r;
    r.file = display_name;
    if (source.size() > source_max_bytes) {
        r.kind = ErrorKind::file;
        r.message = "the text is " + with_thousands(static_cast<std::int64_t>(source.size())) +
                    " bytes; scenario files may have at most " +
                    with_thousands(static_cast<std::int64_t>(source_max_bytes)) + " bytes";
        return r;
    }
    if (source.substr(0, 3) == "\xEF\xBB\xBF") source.remove_prefix(3);  // editors on Windows add it
    c.chunk_source = "@" + std::string(display_name);

    // The parse is part of the run: its allocations count against both budgets.
    if (c.run_depth == 0) begin_top_level_run(c);
    ++c.run_depth;
    // lua_load is itself protected: it returns a status and never raises.
    const int status = luaL_loadbufferx(L_, source.data(), source.size(), c.chunk_source.c_str(), "t");
    if (status != LUA_OK) {
        if (status == LUA_ERRMEM) {
            c.hit_memory();
            r.kind = ErrorKind::memory_budget;
            r.message = c.limit_message();
        } else {
            r.kind = ErrorKind::syntax;
            r.message = describe_error_object(L_, -1);
            r.line = strip_position(r.message, display_name);
            if (r.message == "C stack overflow")  // the parser's limit of 200 nested levels
                r.message = "the code nests too deeply (more than 200 levels of brackets, tables or blocks)";
        }
        lua_pop(L_, 1);
        --c.run_depth;
        r.instructions = c.instructions;
        r.peak_memory = c.memory_peak;
        return r;
    }
    r = call(0, 1);
    --c.run_depth;
    return r;
}

RunResult Sandbox::call(int nargs, int nresults) {
    SandboxCore& c = *core_;
    const int function_index = lua_gettop(L_) - nargs;
    if (function_index < 1) {
        std::fprintf(stderr, "clearance: Sandbox::call with %d arguments on a stack of %d\n", nargs,
                     lua_gettop(L_));
        std::abort();  // a host bug
    }
    if (c.run_depth == 0) begin_top_level_run(c);
    ++c.run_depth;
    RunResult r;
    r.file = c.chunk_source.empty() ? std::string() : c.chunk_source.substr(1);
    if (!lua_checkstack(L_, 2)) {
        lua_pop(L_, nargs + 1);
        r.kind = ErrorKind::memory_budget;
        r.message = "the Lua stack is full";
    } else {
        lua_pushcfunction(L_, message_handler);
        lua_insert(L_, function_index);
        c.error_recorded = false;
        const int status = lua_pcall(L_, nargs, nresults, function_index);
        if (status == LUA_OK) {
            lua_remove(L_, function_index);
        } else {
            // A run that spent most of its instructions on heap scans at the memory cap (see
            // sandbox_alloc) was stopped by its memory use: say so, not "CPU budget".
            const bool thrashing = c.limit == Limit::instructions &&
                                   c.refusal_instructions >= c.budgets.instructions / 2;
            if (thrashing) {
                c.limit = Limit::memory;
                r.kind = ErrorKind::memory_budget;
                r.message = c.limit_message();
                r.line = c.memory_refused_line ? c.memory_refused_line : c.limit_line;
            } else if (c.limit == Limit::instructions || c.limit == Limit::seconds) {
                r.kind = ErrorKind::cpu_budget;
                r.message = c.limit_message();
                r.line = c.limit_line;
            } else if (status == LUA_ERRMEM || c.limit == Limit::memory) {
                c.hit_memory();
                r.kind = ErrorKind::memory_budget;
                r.message = c.limit_message();
                r.line = c.limit_line;
            } else {
                r.kind = status == LUA_ERRSYNTAX ? ErrorKind::syntax : ErrorKind::runtime;
                r.message = c.error_recorded ? c.error_message : describe_error_object(L_, -1);
                r.line = strip_position(r.message, r.file);
                if (r.line == 0) r.line = c.error_frame_line;
            }
            if (c.error_recorded) r.traceback = c.traceback;
            lua_pop(L_, 2);  // the error object and the handler
        }
    }
    --c.run_depth;
    r.instructions = c.instructions;
    r.peak_memory = c.memory_peak;
    return r;
}

std::string Sandbox::chunk_name() const {
    const std::string& source = core_of(L_)->chunk_source;
    return source.empty() ? std::string() : source.substr(1);
}

}  // namespace clearance::script
