// answer_from_json: reading one answer of a known step kind, with messages that name the path
// and the value. The writer and the files are in answer.cpp.
#include <charconv>
#include <initializer_list>

#include "core/answer.h"
#include "core/diagnostic.h"

namespace clearance::core {

namespace {

// ---- messages --------------------------------------------------------------------------------

// The value as the file shows it, cut short so a huge value cannot flood the message.
std::string show(const Json& j) {
    switch (j.type()) {
        case JsonType::array: return "a list";
        case JsonType::object: return "an object";
        default: break;
    }
    std::string s = j.dump();
    if (s.size() > 60) s = s.substr(0, 57) + "...";
    return s;
}

const char* a_json_type(const Json& j) {
    switch (j.type()) {
        case JsonType::null: return "null";
        case JsonType::boolean: return "a boolean";
        case JsonType::integer:
        case JsonType::real: return "a number";
        case JsonType::string: return "a string";
        case JsonType::array: return "a list";
        case JsonType::object: return "an object";
    }
    return "a value";
}

[[noreturn]] void fail(const std::string& path, std::string message) { throw AnswerError(path, std::move(message)); }

[[noreturn]] void wrong_type(const Json& j, const std::string& path, const std::string& expected) {
    fail(path, "expected " + expected + ", found " + (j.is_object() || j.is_array() ? std::string(a_json_type(j))
                                                                                     : show(j)));
}

// Fails on members not in `allowed`, so a typo ("linse") does not silently drop an answer part.
void only_members(const Json& obj, const std::string& path, std::initializer_list<const char*> allowed) {
    for (const auto& [key, value] : obj.as_object()) {
        bool ok = false;
        for (const char* a : allowed) ok = ok || key == a;
        if (ok) continue;
        std::string list;
        for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        fail(field_path_key(path, key), "unknown field (expected " + list + ")");
    }
}

// ---- scalars ---------------------------------------------------------------------------------

std::string number_text(const Json& j) {
    if (j.is_integer()) return std::to_string(j.as_int());
    char buf[40];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, j.as_double());  // shortest: 2293.2, not 2293.19999
    return ec == std::errc() ? std::string(buf, end) : std::string("nan");
}

std::string read_string(const Json& j, const std::string& path, const std::string& what = "a string") {
    if (!j.is_string()) wrong_type(j, path, what);
    return j.as_string();
}

std::vector<std::string> read_strings(const Json& j, const std::string& path) {
    if (!j.is_array()) wrong_type(j, path, "a list of strings");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < j.size(); ++i) out.push_back(read_string(j.at(i), field_path_index(path, i + 1)));
    return out;
}

double read_double(const Json& j, const std::string& path) {
    if (!j.is_number()) wrong_type(j, path, "a number");
    return j.as_double();
}

bool read_bool(const Json& j, const std::string& path) {
    if (!j.is_bool()) wrong_type(j, path, "true or false");
    return j.as_bool();
}

// An amount, in `context` unless the text names its own currency (graders judge a wrong one).
Money read_money(const Json& j, const std::string& path, std::optional<Currency> context) {
    if (!j.is_string() && !j.is_number()) wrong_type(j, path, "an amount (a string like \"EUR 126.00\" or a number)");
    const std::string text = j.is_string() ? j.as_string() : number_text(j);
    std::string err;
    if (context)
        if (auto m = Money::try_parse(text, *context, &err)) return *m;
    std::string named_err;
    if (auto m = Money::try_parse(text, &named_err)) return *m;
    if (!context) {
        if (named_err.find("names no currency") != std::string::npos) {
            // With no step at hand only a currency-less zero can be read without a code.
            if (auto z = Money::try_parse(text, Currency::of("EUR")); z && z->is_zero()) return Money();
            fail(path, show(j) + " names no currency (write e.g. \"EUR " + text + "\")");
        }
        err = named_err;
    }
    // Money's reasons quote the text themselves. Too many decimals is worth saying as such
    // ("1.234" EUR); any other malformed number is simply not an amount.
    const std::string quoted = "'" + text + "'";
    if (err.rfind(quoted + " has ", 0) == 0 && err.find("decimal place") != std::string::npos)
        fail(path, show(j) + err.substr(quoted.size()));
    if (err.rfind("unknown currency", 0) == 0) fail(path, show(j) + " is not an amount: " + err);
    fail(path, show(j) + " is not an amount");
}

Decimal read_decimal(const Json& j, const std::string& path, const std::string& what) {
    if (!j.is_string() && !j.is_number()) wrong_type(j, path, what + " (a string like \"0.92\" or a number)");
    const std::string text = j.is_string() ? j.as_string() : number_text(j);
    if (auto d = Decimal::try_parse(text)) return *d;
    fail(path, show(j) + " is not " + what);
}

// ---- kinds -----------------------------------------------------------------------------------

Answer read_classify(const Json& j, const std::string& path) {
    if (j.is_string()) return ClassifyAnswer{j.as_string()};
    if (!j.is_object()) wrong_type(j, path, "an HS code (a string) or {\"code\": ...}");
    only_members(j, path, {"code"});
    const Json* code = j.find("code");
    if (!code) fail(path, "missing \"code\"");
    return ClassifyAnswer{read_string(*code, field_path_key(path, "code"), "an HS code (a string)")};
}

Answer read_value(const Json& j, const std::string& path, const ValueStep* step) {
    if (!j.is_object()) wrong_type(j, path, "a valuation worksheet (an object)");
    only_members(j, path, {"method", "base", "lines", "rate", "total"});
    std::optional<Currency> invoice, national;
    if (step) invoice = step->facts.price.currency(), national = step->facts.national;
    ValueWorksheet w;
    if (const Json* m = j.find("method")) {
        const std::string p = field_path_key(path, "method");
        std::string name = read_string(*m, p, "a valuation method (a string)");
        w.method = method_from_name(name);
        if (!w.method)
            fail(p, show(*m) + " is not a valuation method (transaction_value, identical_goods, similar_goods, "
                               "deductive, computed, fallback)");
    }
    if (const Json* b = j.find("base")) w.base = read_money(*b, field_path_key(path, "base"), invoice);
    if (const Json* lines = j.find("lines")) {
        const std::string lp = field_path_key(path, "lines");
        if (!lines->is_array()) wrong_type(*lines, lp, "a list of lines");
        for (std::size_t i = 0; i < lines->size(); ++i) {
            const Json& l = lines->at(i);
            const std::string p = field_path_index(lp, i + 1);
            if (!l.is_object()) wrong_type(l, p, "a line {\"id\", \"action\", \"amount\"}");
            only_members(l, p, {"id", "action", "amount"});
            WorksheetLine line;
            const Json* id = l.find("id");
            const Json* action = l.find("action");
            const Json* amount = l.find("amount");
            if (!id) fail(p, "missing \"id\" (the cost's id in the step's facts)");
            if (!action) fail(p, "missing \"action\" (add or deduct)");
            if (!amount) fail(p, "missing \"amount\"");
            line.id = read_string(*id, field_path_key(p, "id"));
            const std::string ap = field_path_key(p, "action");
            auto act = worksheet_action_from_name(read_string(*action, ap, "add or deduct"));
            if (!act) fail(ap, show(*action) + " is not an action (add or deduct)");
            line.action = *act;
            std::optional<Currency> cur = invoice;
            if (step)
                for (const auto& c : step->facts.costs)
                    if ((c.id.empty() ? std::string(cost_kind_name(c.kind)) : c.id) == line.id)
                        cur = c.amount.currency();
            line.amount = read_money(*amount, field_path_key(p, "amount"), cur);
            w.lines.push_back(std::move(line));
        }
    }
    if (const Json* r = j.find("rate")) w.rate = read_decimal(*r, field_path_key(path, "rate"), "a rate");
    if (const Json* t = j.find("total")) w.total = read_money(*t, field_path_key(path, "total"), national);
    return w;
}

Answer read_origin(const Json& j, const std::string& path) {
    if (!j.is_object()) wrong_type(j, path, "an origin decision (an object)");
    only_members(j, path, {"originating", "criterion", "value_percent", "country"});
    OriginAnswer a;
    const Json* o = j.find("originating");
    if (!o) fail(path, "missing \"originating\" (true or false)");
    a.conferred = read_bool(*o, field_path_key(path, "originating"));
    if (const Json* c = j.find("criterion")) {
        const std::string p = field_path_key(path, "criterion");
        a.criterion = parse_origin_criterion(read_string(*c, p, "a criterion (a string)"));
        if (!a.criterion)
            fail(p, show(*c) + " is not an origin criterion (wholly_obtained, originating_materials, tariff_shift, "
                               "value_content, minimal_operations, direct_transport)");
    }
    if (const Json* v = j.find("value_percent")) a.value_percent = read_double(*v, field_path_key(path, "value_percent"));
    if (const Json* c = j.find("country")) a.country = read_string(*c, field_path_key(path, "country"));
    return a;
}

Answer read_assess(const Json& j, const std::string& path, const AssessStep* step) {
    if (!j.is_object()) wrong_type(j, path, "the amounts assessed (an object)");
    only_members(j, path, {"duty", "excise", "vat", "total"});
    std::optional<Currency> cur;
    if (step) cur = step->facts.customs_value.currency();
    AssessAnswer a;
    auto amount = [&](const char* name, std::optional<Money>& out) {
        if (const Json* m = j.find(name)) out = read_money(*m, field_path_key(path, name), cur);
    };
    amount("duty", a.duty);
    amount("excise", a.excise);
    amount("vat", a.vat);
    amount("total", a.total);
    return a;
}

Answer read_inspect(const Json& j, const std::string& path) {
    if (j.is_array()) return InspectAnswer{read_strings(j, path)};
    if (!j.is_object()) wrong_type(j, path, "the flagged field ids (a list) or {\"flagged\": [...]}");
    only_members(j, path, {"flagged"});
    const Json* f = j.find("flagged");
    if (!f) return InspectAnswer{};
    return InspectAnswer{read_strings(*f, field_path_key(path, "flagged"))};
}

Channel read_channel(const Json& j, const std::string& path) {
    auto c = parse_channel(read_string(j, path, "a channel (green, blue, yellow or red)"));
    if (!c) fail(path, show(j) + " is not a channel (green, blue, yellow or red)");
    return *c;
}

Answer read_risk(const Json& j, const std::string& path) {
    if (j.is_string()) return RiskAnswer{read_channel(j, path), {}};
    if (!j.is_object()) wrong_type(j, path, "a channel (a string) or {\"channel\": ..., \"indicators\": [...]}");
    only_members(j, path, {"channel", "indicators"});
    const Json* c = j.find("channel");
    if (!c) fail(path, "missing \"channel\" (green, blue, yellow or red)");
    RiskAnswer a;
    a.channel = read_channel(*c, field_path_key(path, "channel"));
    if (const Json* i = j.find("indicators")) a.indicators = read_strings(*i, field_path_key(path, "indicators"));
    return a;
}

Answer read_choose(const Json& j, const std::string& path) {
    if (j.is_string()) return ChooseAnswer{j.as_string()};
    if (!j.is_object()) wrong_type(j, path, "an option id (a string) or {\"option\": ...}");
    only_members(j, path, {"option"});
    const Json* o = j.find("option");
    if (!o) fail(path, "missing \"option\"");
    return ChooseAnswer{read_string(*o, field_path_key(path, "option"), "an option id (a string)")};
}

Answer read_quiz(const Json& j, const std::string& path, const QuizStep* step) {
    QuizAnswer a;
    if (j.is_array()) {
        a.choices = read_strings(j, path);
        return a;
    }
    if (j.is_number()) {
        a.number = j.as_double();
        return a;
    }
    if (j.is_string()) {
        if (!step) fail(path, "a string alone needs the quiz's kind: write {\"text\": ...} or {\"choices\": [...]}");
        if (step->kind == QuizKind::short_text) a.text = j.as_string();
        else a.choices = {j.as_string()};
        return a;
    }
    if (!j.is_object()) wrong_type(j, path, "choices (a list), a number, a text or an object");
    only_members(j, path, {"choices", "number", "text"});
    if (const Json* c = j.find("choices")) a.choices = read_strings(*c, field_path_key(path, "choices"));
    if (const Json* n = j.find("number")) a.number = read_double(*n, field_path_key(path, "number"));
    if (const Json* t = j.find("text")) a.text = read_string(*t, field_path_key(path, "text"));
    return a;
}

}  // namespace

Answer answer_from_json(const Json& j, StepKind kind, const std::string& path, const Step* step) {
    if (step && step->kind() != kind) step = nullptr;  // a mismatched step gives no context
    switch (kind) {
        case StepKind::brief: fail(path, "a brief step takes no answer");
        case StepKind::classify: return read_classify(j, path);
        case StepKind::value: return read_value(j, path, step ? &std::get<ValueStep>(step->body) : nullptr);
        case StepKind::origin: return read_origin(j, path);
        case StepKind::assess: return read_assess(j, path, step ? &std::get<AssessStep>(step->body) : nullptr);
        case StepKind::inspect: return read_inspect(j, path);
        case StepKind::risk: return read_risk(j, path);
        case StepKind::choose: return read_choose(j, path);
        case StepKind::quiz: return read_quiz(j, path, step ? &std::get<QuizStep>(step->body) : nullptr);
    }
    fail(path, "unknown step kind");
}

}  // namespace clearance::core
