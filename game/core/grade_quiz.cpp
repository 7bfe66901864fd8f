#include "core/grade_quiz.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <set>

namespace clearance::core {

namespace {

// ---- text normalisation --------------------------------------------------------------------

struct Fold {
    char32_t first;
    char32_t last;
    const char* to;
};

// Latin-1 Supplement and Latin Extended-A letters to lower-case ASCII. These blocks cover the
// French, Spanish, Portuguese, Polish and Czech the app's fonts render (STACK.md). × (D7),
// ÷ (F7) and the thorns (DE, FE) have no base letter and are kept.
constexpr Fold latin_folds[] = {
    {0xC0, 0xC5, "a"},   {0xC6, 0xC6, "ae"},  {0xC7, 0xC7, "c"},   {0xC8, 0xCB, "e"},
    {0xCC, 0xCF, "i"},   {0xD0, 0xD0, "d"},   {0xD1, 0xD1, "n"},   {0xD2, 0xD6, "o"},
    {0xD8, 0xD8, "o"},   {0xD9, 0xDC, "u"},   {0xDD, 0xDD, "y"},   {0xDF, 0xDF, "ss"},
    {0xE0, 0xE5, "a"},   {0xE6, 0xE6, "ae"},  {0xE7, 0xE7, "c"},   {0xE8, 0xEB, "e"},
    {0xEC, 0xEF, "i"},   {0xF0, 0xF0, "d"},   {0xF1, 0xF1, "n"},   {0xF2, 0xF6, "o"},
    {0xF8, 0xF8, "o"},   {0xF9, 0xFC, "u"},   {0xFD, 0xFD, "y"},   {0xFF, 0xFF, "y"},
    {0x100, 0x105, "a"}, {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
    {0x11C, 0x123, "g"}, {0x124, 0x127, "h"}, {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
    {0x134, 0x135, "j"}, {0x136, 0x138, "k"}, {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
    {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
    {0x162, 0x167, "t"}, {0x168, 0x173, "u"}, {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
    {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"},
};

bool is_space(char32_t c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

// Decodes one UTF-8 sequence at text[i]; a malformed byte decodes as itself (Latin-1 reading)
// so that bad input still compares equal to the same bad input.
char32_t decode(std::string_view text, std::size_t& i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char b0 = byte(i);
    int len = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > text.size()) {
        ++i;
        return b0;
    }
    char32_t c = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (int k = 1; k < len; ++k) {
        unsigned char b = byte(i + k);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return b0;
        }
        c = (c << 6) | (b & 0x3F);
    }
    i += len;
    return c;
}

// ---- numbers -------------------------------------------------------------------------------

// Up to six decimals, trailing zeros dropped: 21932.8, 0.05, 42.
std::string format_number(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6f", v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (!s.empty() && s.back() == '0') s.pop_back();
        if (!s.empty() && s.back() == '.') s.pop_back();
    }
    if (s == "-0") s = "0";
    return s;
}

std::string with_unit(double v, const std::string& unit) {
    if (unit.empty()) return format_number(v);
    if (unit == "%") return format_number(v) + "%";
    return format_number(v) + " " + unit;
}

std::string trim(const std::string& s) {
    auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

// ---- the four kinds ------------------------------------------------------------------------

const QuizOption* find_option(const QuizKey& key, const std::string& id) {
    for (const auto& o : key.options) {
        if (trim(o.id) == id) return &o;
    }
    return nullptr;
}

std::string option_words(const QuizOption& o) {
    return o.text.empty() ? o.id : o.id + " (" + o.text + ")";
}

Message correct_list(const QuizKey& key) {
    std::string out;
    for (const auto& o : key.options) {
        if (!o.correct) continue;
        if (!out.empty()) out += ", ";
        out += option_words(o);
    }
    return out.empty() ? msg("none") : Message(out);
}

// Picks, trimmed, without repeats, in the trainee's order.
std::vector<std::string> unique_picks(const QuizAnswer& answer) {
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const auto& raw : answer.choices) {
        std::string id = trim(raw);
        if (!id.empty() && seen.insert(id).second) out.push_back(id);
    }
    return out;
}

void grade_single(const QuizKey& key, const QuizAnswer& answer, Grade& g) {
    auto picks = unique_picks(answer);
    if (picks.size() == 1) {
        const QuizOption* o = find_option(key, picks[0]);
        if (o && o->correct) {
            g.score = g.max;
            g.add(Verdict::correct, msg("Right: {0}.", option_words(*o)), phrase(key.rule));
            return;
        }
    }
    Message given = picks.empty()       ? msg("no answer")
                    : picks.size() > 1 ? msg("{0} options", std::to_string(picks.size()))
                                       : Message(picks[0]);
    g.add(Verdict::wrong, msg("You gave {0}; the answer is {1}.", given, correct_list(key)), phrase(key.rule));
}

void grade_multiple(const QuizKey& key, const QuizAnswer& answer, Grade& g) {
    auto picks = unique_picks(answer);
    int n_correct = static_cast<int>(std::count_if(key.options.begin(), key.options.end(),
                                                   [](const QuizOption& o) { return o.correct; }));
    int n_wrong = static_cast<int>(key.options.size()) - n_correct;
    int right = 0;
    for (const auto& o : key.options) {
        if (!o.correct) continue;
        bool picked = std::find(picks.begin(), picks.end(), trim(o.id)) != picks.end();
        if (picked) ++right;
        g.add(picked ? Verdict::correct : Verdict::wrong,
              picked ? msg("Right pick: {0}.", option_words(o)) : msg("Missed: {0}.", option_words(o)),
              phrase(key.rule));
    }
    int wrong = 0;
    for (const auto& id : picks) {
        const QuizOption* o = find_option(key, id);
        if (o && o->correct) continue;
        ++wrong;
        g.add(Verdict::wrong, msg("Wrong pick: {0}.", o ? option_words(*o) : id), phrase(key.rule));
    }
    // With no correct option ("none of these apply"), leaving everything unpicked is the answer.
    double earned = n_correct > 0 ? static_cast<double>(right) / n_correct : 1.0;
    double lost = static_cast<double>(wrong) / std::max(1, n_wrong);
    g.score = g.max * std::clamp(earned - lost, 0.0, 1.0);
    if (n_correct == 0 && wrong == 0) g.add(Verdict::correct, msg("Right: no option applies."), phrase(key.rule));
}

void grade_numeric(const QuizKey& key, const QuizAnswer& answer, Grade& g) {
    std::string expected = with_unit(key.value, key.unit);
    if (!answer.number || !std::isfinite(*answer.number)) {
        g.add(Verdict::wrong, msg("No number given; the answer is {0}.", expected), phrase(key.rule));
        return;
    }
    double tolerance = std::max(key.abs_tolerance, key.rel_tolerance * std::fabs(key.value));
    double error = std::fabs(*answer.number - key.value);
    // A relative epsilon absorbs binary representation error at the exact boundary (0.1 + 0.2).
    bool right = error <= tolerance + 1e-9 * std::max(1.0, std::fabs(key.value));
    std::string given = with_unit(*answer.number, key.unit);
    if (right) {
        g.score = g.max;
        g.add(Verdict::correct,
              error > 0 ? msg("Right: {0} is within {1} of {2}.", given, with_unit(tolerance, key.unit), expected)
                        : msg("Right: {0}.", given),
              phrase(key.rule));
    } else {
        g.add(Verdict::wrong,
              tolerance > 0 ? msg("You gave {0}; the answer is {1} (tolerance {2}).", given, expected,
                                  with_unit(tolerance, key.unit))
                            : msg("You gave {0}; the answer is {1}.", given, expected),
              phrase(key.rule));
    }
}

void grade_text(const QuizKey& key, const QuizAnswer& answer, Grade& g) {
    std::string given = normalize_text(answer.text);
    bool right = !given.empty() && std::any_of(key.accepted.begin(), key.accepted.end(),
                                               [&](const std::string& a) { return normalize_text(a) == given; });
    Message shown = key.accepted.empty() ? msg("(none)") : Message(key.accepted.front());
    if (right) {
        g.score = g.max;
        g.add(Verdict::correct, msg("Right: \"{0}\".", trim(answer.text)), phrase(key.rule));
    } else {
        g.add(Verdict::wrong, msg("You wrote \"{0}\"; the answer is \"{1}\".", trim(answer.text), shown),
              phrase(key.rule));
    }
}

}  // namespace

std::string_view quiz_kind_id(QuizKind k) {
    switch (k) {
        case QuizKind::single_choice: return "single";
        case QuizKind::multiple_choice: return "multiple";
        case QuizKind::numeric: return "numeric";
        case QuizKind::short_text: return "text";
    }
    return "single";
}

std::optional<QuizKind> parse_quiz_kind(std::string_view id) {
    for (QuizKind k : {QuizKind::single_choice, QuizKind::multiple_choice, QuizKind::numeric,
                       QuizKind::short_text}) {
        if (quiz_kind_id(k) == id) return k;
    }
    return std::nullopt;
}

std::string normalize_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        char32_t c = decode(text, i);
        if (is_space(c)) continue;
        if (c >= 0x300 && c <= 0x36F) continue;  // combining accents of decomposed text
        if (c < 0x80) {
            out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
            continue;
        }
        const Fold* fold = std::find_if(std::begin(latin_folds), std::end(latin_folds),
                                        [&](const Fold& f) { return c >= f.first && c <= f.last; });
        if (fold != std::end(latin_folds)) {
            out += fold->to;
            continue;
        }
        if (c >= 0x400 && c <= 0x40F) c += 0x50;       // Ѐ..Џ -> ѐ..џ
        else if (c >= 0x410 && c <= 0x42F) c += 0x20;  // А..Я -> а..я
        if (c == 0x451) c = 0x435;                     // ё -> е, as Russian readers write it
        append_utf8(out, c);
    }
    return out;
}

Grade grade_quiz(const QuizKey& key, const QuizAnswer& answer) {
    Grade g;
    g.max = std::max(0.0, key.points);
    switch (key.kind) {
        case QuizKind::single_choice: grade_single(key, answer, g); break;
        case QuizKind::multiple_choice: grade_multiple(key, answer, g); break;
        case QuizKind::numeric: grade_numeric(key, answer, g); break;
        case QuizKind::short_text: grade_text(key, answer, g); break;
    }
    if (!key.explanation.empty()) g.add(Verdict::info, key.explanation);
    return g;
}

}  // namespace clearance::core
