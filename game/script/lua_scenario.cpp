// The constructors (`scenario{}`, every document and step kind) and the scenario builder.
//
// A constructor checks that its argument is a table, finds the line it was called from, and
// records (kind, line) for that table in a registry table keyed by the table itself, out of the
// script's reach (no global, no metatable a script could change). It returns its argument, so
// authors can build tables in loops and helpers as they like. All reading happens afterwards, on
// a raw copy, in C++ (lua_read.h): one pass reports every mistake of the file.
#include <algorithm>
#include <cctype>
#include <cmath>

#include "script/lua_build.h"

namespace clearance::script {

namespace {

using Type = LuaValue::Type;

const char tags_key = 0;  // its address is the registry key

const std::vector<std::string_view> kinds = {
    "scenario",     "invoice", "packing_list", "bill_of_lading", "air_waybill", "certificate_of_origin",
    "declaration",  "product_sheet", "memo",   "brief",          "classify",    "value",
    "origin",       "assess",  "inspect",      "risk",           "choose",      "quiz"};

// The line of the innermost Lua frame that called us, skipping C frames (a constructor reached
// through pcall). lua_getinfo "l" works without the debug library, which scripts do not have.
int caller_line(lua_State* L) {
    lua_Debug ar;
    for (int level = 1; level < 16 && lua_getstack(L, level, &ar); ++level) {
        if (lua_getinfo(L, "l", &ar) && ar.currentline > 0) return ar.currentline;
    }
    return 0;
}

// Stack: (t) -> t. Upvalue 1: the kind's index in `kinds`.
int construct(lua_State* L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    const auto kind = static_cast<int>(lua_tointeger(L, lua_upvalueindex(1)));
    const int line = caller_line(L);
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &tags_key) != LUA_TTABLE) return luaL_error(L, "constructor tags missing");
    lua_pushvalue(L, 1);
    lua_pushinteger(L, tag_code(kind, line));
    lua_rawset(L, -3);
    lua_pop(L, 1);
    return 1;
}

int create_tags_table(lua_State* L) {
    lua_newtable(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &tags_key);
    return 0;
}

bool is_identifier(std::string_view s) {
    if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

bool valid_scenario_id(std::string_view id) {
    if (id.empty() || id.size() > 120 || id.front() == '/' || id.back() == '/') return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '/';
    });
}

const Choices<core::Topic>& topics() {
    static const Choices<core::Topic> c = [] {
        Choices<core::Topic> out;
        for (core::Topic t : core::all_topics) out.emplace_back(core::topic_id(t), t);
        return out;
    }();
    return c;
}

const Choices<core::Level> levels = {{"basic", core::Level::basic},
                                     {"intermediate", core::Level::intermediate},
                                     {"advanced", core::Level::advanced},
                                     {"1", core::Level::basic},
                                     {"2", core::Level::intermediate},
                                     {"3", core::Level::advanced}};

const Choices<core::VarType> var_types = {{"boolean", core::VarType::boolean},
                                          {"bool", core::VarType::boolean},
                                          {"number", core::VarType::number},
                                          {"string", core::VarType::string}};

const std::vector<std::string_view> scenario_fields = {
    "id",         "version", "title",    "summary",   "topic", "level",     "minutes", "competencies",
    "references", "languages", "time_limit", "state", "documents", "steps", "walkthroughs", "setup"};

std::optional<core::Value> state_value(const LuaValue& v) {
    switch (v.type) {
    case Type::boolean: return core::Value(v.boolean);
    case Type::number: return core::Value(v.number);
    case Type::string: return core::Value(v.string);
    default: return std::nullopt;
    }
}

void read_state(ReadContext& cx, const Fields& f, core::Scenario& out) {
    const LuaValue* state = f.table("state");
    if (!state) return;
    if (!state->items.empty() || !state->stray_keys.empty())
        f.error("state", "declare variables by name: state = { gift_taken = false, lapses = 0 }");
    for (const auto& [name, v] : state->fields) {
        const std::string at = core::field_path_key(f.path_of("state"), name);
        if (!is_identifier(name)) {
            cx.error(f.line(), at, "\"" + name + "\" is not a valid variable name (letters, digits and _)");
            continue;
        }
        core::VariableDecl decl;
        decl.name = name;
        if (v.is_table()) {
            Fields d(cx, v, at, f.line(), {"type", "default", "description"});
            auto type = d.choice("type", var_types, true);
            const LuaValue* initial = d.get("default");
            decl.description = d.text("description");
            d.finish();
            if (!type) continue;
            decl.type = *type;
            auto value = initial ? state_value(*initial) : std::nullopt;
            if (!initial) {
                decl.initial = decl.type == core::VarType::boolean ? core::Value(false)
                               : decl.type == core::VarType::number ? core::Value(0.0)
                                                                     : core::Value(std::string());
            } else if (!value || core::type_of(*value) != decl.type) {
                cx.error(f.line(), core::field_path_key(at, "default"),
                         initial->describe() + " is not a " + core::var_type_name(decl.type));
                continue;
            } else {
                decl.initial = *value;
            }
        } else if (auto value = state_value(v)) {
            decl.type = core::type_of(*value);
            decl.initial = *value;
        } else {
            cx.error(f.line(), at, "expected a default value (true, 0, \"text\") or { type = ..., default = ... }, got " +
                                       v.describe());
            continue;
        }
        out.variables.push_back(std::move(decl));
    }
}

void read_walkthroughs(ReadContext& cx, const Fields& f, core::Scenario& out) {
    f.each("walkthroughs", [&](const LuaValue& item, const std::string& path, int line) {
        Fields w(cx, item, path, line, {"name", "choices"});
        core::Walkthrough wt;
        wt.name = w.string_or("name");
        if (!w.has("name")) w.error("name", "is required");
        wt.choices = w.strings("choices");
        w.finish();
        out.walkthroughs.push_back(std::move(wt));
    });
}

void read_documents(ReadContext& cx, const Fields& f, BuiltScenario& b) {
    f.each("documents", [&](const LuaValue& item, const std::string& path, int line) {
        auto doc = read_document(cx, item, path, line);
        if (!doc) {  // reported; a stand-in keeps later documents at their index
            doc = core::Document{};
            const LuaValue* id = item.field("id");
            doc->id = id && id->type == Type::string ? id->string : "document" + std::to_string(b.scenario.documents.size() + 1);
            doc->content = core::Memo{};
        }
        b.scenario.documents.push_back(std::move(*doc));
        b.lines.documents.push_back(line_of(item, line));
    });
}

void read_steps(ReadContext& cx, const Fields& f, BuiltScenario& b) {
    std::size_t index = 0;
    f.each("steps", [&](const LuaValue& item, const std::string& path, int line) {
        ++index;
        bool had_errors = false;
        auto step = read_step(cx, item, path, line, index, b.scenario.variables, &had_errors);
        if (!step) {  // reported; a stand-in keeps later steps at their index, so paths stay true
            step = core::Step{};
            const LuaValue* id = item.field("id");
            step->id = id && id->type == Type::string ? id->string : "step" + std::to_string(index);
        }
        b.scenario.steps.push_back(std::move(*step));
        b.lines.steps.push_back(line_of(item, line));
        b.step_has_errors.push_back(had_errors);
    });
}

}  // namespace

const std::vector<std::string_view>& constructor_kinds() { return kinds; }
const void* constructor_tags_key() { return &tags_key; }

RunResult register_constructors(Sandbox& sandbox) {
    lua_State* L = sandbox.lua();
    lua_pushcfunction(L, create_tags_table);
    RunResult r = sandbox.call(0, 0);
    if (!r.ok()) return r;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        lua_pushinteger(L, static_cast<lua_Integer>(i));
        // kinds' names are string literals with static storage: safe to hand over as const char*
        r = sandbox.register_function(kinds[i].data(), construct, 1);
        if (!r.ok()) return r;
    }
    return r;
}

bool mirror_scenario_value(lua_State* L, int index, LuaValue& out, std::string* why) {
    return mirror_value(L, index, out, why, &tags_key, &kinds);
}

int SourceMap::line_for(std::string_view field) const {
    auto indexed = [&](std::string_view prefix, const std::vector<int>& lines) -> int {
        if (field.substr(0, prefix.size()) != prefix) return 0;
        const std::size_t close = field.find(']', prefix.size());
        if (close == std::string_view::npos) return 0;
        std::size_t n = 0;
        for (std::size_t i = prefix.size(); i < close; ++i) {
            if (field[i] < '0' || field[i] > '9') return 0;
            n = n * 10 + static_cast<std::size_t>(field[i] - '0');
        }
        return n >= 1 && n <= lines.size() ? lines[n - 1] : 0;
    };
    if (int l = indexed("steps[", steps)) return l;
    if (int l = indexed("documents[", documents)) return l;
    return scenario;
}

void read_scenario_metadata(ReadContext& cx, const LuaValue& root, core::Scenario& out) {
    Fields f(cx, root, "", root.line, scenario_fields);
    if (!f.valid()) return;
    // Languages first: every text read afterwards is checked against them.
    if (f.has("languages")) {
        auto langs = f.strings("languages");
        if (langs.empty()) f.error("languages", "must name at least one language, e.g. { \"en\", \"fr\" }");
        else out.languages = langs;
    }
    cx.languages = out.languages;
    if (auto id = f.string("id", true)) {
        if (!valid_scenario_id(*id))
            f.error("id", "\"" + *id + "\" is not a scenario id: use lowercase letters, digits, _ - and /, "
                                       "as in \"valuation/royalty\"");
        out.id = *id;
    }
    if (auto v = f.integer("version")) {
        if (*v < 1) f.error("version", "must be 1 or more");
        out.version = static_cast<int>(*v);
    }
    out.title = f.text("title", true);
    if (auto t = f.choice("topic", topics(), true)) out.topic = *t;
    if (auto l = f.choice("level", levels)) out.level = *l;
    if (auto m = f.integer("minutes")) {
        if (*m < 1 || *m > 600) f.error("minutes", "must be between 1 and 600");
        out.minutes = static_cast<int>(*m);
    }
    out.competencies = f.strings("competencies");
    out.references = f.strings("references");
    if (auto s = f.number("time_limit")) {
        if (!(*s > 0) || *s > 1e7) f.error("time_limit", "must be a positive number of seconds");
        else out.time_limit_ms = static_cast<std::int64_t>(std::llround(*s * 1000.0));
    }
    if (const LuaValue* setup = f.get("setup")) {
        if (setup->type != Type::function) f.error("setup", "expected a function setup(ctx), got " + setup->describe());
        out.generated = true;
    }
}

BuiltScenario build_scenario(ReadContext& cx, const LuaValue& root, const LuaValue* generated) {
    BuiltScenario b;
    b.lines.scenario = root.line;
    if (root.constructor != "scenario") {
        cx.error(root.line, "", "the file must return scenario{ ... }, but it returned " + root.describe());
        return b;
    }
    read_scenario_metadata(cx, root, b.scenario);
    Fields f(cx, root, "", root.line, scenario_fields);
    if (!f.valid()) return b;
    b.scenario.summary = f.text("summary");
    read_state(cx, f, b.scenario);

    if (!generated) {
        read_documents(cx, f, b);
        if (!f.has("steps")) f.error("steps", "is required: the list of steps, e.g. { brief{...}, classify{...} }");
        read_steps(cx, f, b);
        read_walkthroughs(cx, f, b.scenario);
        f.finish();
        return b;
    }
    // A generated scenario: the parts setup(ctx) returned replace the static ones.
    // Paths stay "steps[3]" as in a static scenario: autoplay and the answers file use the same.
    Fields g(cx, *generated, "", root.line, {"documents", "steps", "walkthroughs", "summary"});
    if (!g.valid()) return b;
    for (std::string_view name : {"documents", "steps", "walkthroughs", "summary"}) {
        if (g.has(name) && f.has(name))
            f.error(name, "is given both here and by setup(ctx): write it in one place");
    }
    if (g.has("summary")) b.scenario.summary = g.text("summary");
    const Fields& docs = g.has("documents") ? g : f;
    read_documents(cx, docs, b);
    const Fields& steps = g.has("steps") ? g : f;
    if (!steps.has("steps")) g.error("steps", "is required: setup(ctx) must return { steps = { ... } } (or the scenario list them)");
    read_steps(cx, steps, b);
    read_walkthroughs(cx, g.has("walkthroughs") ? g : f, b.scenario);
    g.finish();
    f.finish();
    return b;
}

}  // namespace clearance::script
