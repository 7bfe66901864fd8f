#include "core/hs_text.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace clearance::core {

namespace {

// Base letters of U+00C0..U+017F, in ranges of consecutive code points. Ranges not listed
// (× and ÷) are separators. Upper and lower case fold to the same lower-case ASCII.
struct AccentRange {
    char32_t first, last;
    const char* base;
};
constexpr AccentRange accent_ranges[] = {
    {0xC0, 0xC5, "a"}, {0xC6, 0xC6, "ae"}, {0xC7, 0xC7, "c"}, {0xC8, 0xCB, "e"}, {0xCC, 0xCF, "i"},
    {0xD0, 0xD0, "d"}, {0xD1, 0xD1, "n"}, {0xD2, 0xD6, "o"}, {0xD8, 0xD8, "o"}, {0xD9, 0xDC, "u"},
    {0xDD, 0xDD, "y"}, {0xDE, 0xDE, "th"}, {0xDF, 0xDF, "ss"}, {0xE0, 0xE5, "a"}, {0xE6, 0xE6, "ae"},
    {0xE7, 0xE7, "c"}, {0xE8, 0xEB, "e"}, {0xEC, 0xEF, "i"}, {0xF0, 0xF0, "d"}, {0xF1, 0xF1, "n"},
    {0xF2, 0xF6, "o"}, {0xF8, 0xF8, "o"}, {0xF9, 0xFC, "u"}, {0xFD, 0xFD, "y"}, {0xFE, 0xFE, "th"},
    {0xFF, 0xFF, "y"},
    // Latin Extended-A: mostly upper/lower pairs of one base letter.
    {0x100, 0x105, "a"}, {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
    {0x11C, 0x123, "g"}, {0x124, 0x127, "h"}, {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
    {0x134, 0x135, "j"}, {0x136, 0x138, "k"}, {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
    {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
    {0x162, 0x167, "t"}, {0x168, 0x173, "u"}, {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
    {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"},
};

// Decodes one UTF-8 sequence at s[i]; returns the code point and advances i. Invalid, overlong
// or truncated sequences yield U+FFFD and consume one byte, so decoding always progresses.
char32_t decode(std::string_view s, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) { ++i; return b0; }
    std::size_t n = 0;
    char32_t cp = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) { n = 1; cp = b0 & 0x1F; }
    else if (b0 >= 0xE0 && b0 <= 0xEF) { n = 2; cp = b0 & 0x0F; }
    else if (b0 >= 0xF0 && b0 <= 0xF4) { n = 3; cp = b0 & 0x07; }
    else { ++i; return 0xFFFD; }
    if (i + n >= s.size()) { ++i; return 0xFFFD; }  // truncated at the end
    for (std::size_t k = 1; k <= n; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) { ++i; return 0xFFFD; }
        cp = (cp << 6) | (b & 0x3F);
    }
    const char32_t min = n == 1 ? 0x80 : n == 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { ++i; return 0xFFFD; }
    i += n + 1;
    return cp;
}

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Character by character: suffixes are one to four letters, and the index build calls this
// for each of its 6,700 distinct words.
bool ends_with(std::string_view s, std::string_view suffix) {
    if (s.size() < suffix.size()) return false;
    const std::size_t offset = s.size() - suffix.size();
    for (std::size_t i = 0; i < suffix.size(); ++i)
        if (s[offset + i] != suffix[i]) return false;
    return true;
}

// Irregular plurals met in the HS descriptions or likely in trainees' queries; an empty
// singular marks a word that ends in -s but is already singular.
struct Irregular {
    std::string_view plural, singular;
};
constexpr Irregular irregulars[] = {
    {"atlas", ""}, {"atlases", "atlas"}, {"bias", ""}, {"biases", "bias"},
    {"buses", "bus"}, {"calves", "calf"}, {"canvas", ""}, {"canvases", "canvas"},
    {"cargoes", "cargo"}, {"children", "child"}, {"christmas", ""}, {"echoes", "echo"},
    {"feet", "foot"}, {"gases", "gas"}, {"geese", "goose"}, {"halves", "half"},
    {"heroes", "hero"}, {"hooves", "hoof"}, {"knives", "knife"}, {"leaves", "leaf"},
    {"lens", ""}, {"lenses", "lens"}, {"loaves", "loaf"}, {"mangoes", "mango"},
    {"means", ""}, {"men", "man"}, {"mice", "mouse"}, {"molasses", ""},
    {"mosquitoes", "mosquito"}, {"news", ""}, {"pancreas", ""}, {"potatoes", "potato"},
    {"scarves", "scarf"}, {"series", ""}, {"shelves", "shelf"}, {"species", ""},
    {"teeth", "tooth"}, {"thieves", "thief"}, {"tomatoes", "tomato"}, {"torpedoes", "torpedo"},
    {"volcanoes", "volcano"}, {"wives", "wife"}, {"wolves", "wolf"}, {"women", "woman"},
};
static_assert(std::is_sorted(std::begin(irregulars), std::end(irregulars),
                             [](const Irregular& a, const Irregular& b) { return a.plural < b.plural; }),
              "irregulars must stay sorted: fold_plural() searches them by halves");

constexpr bool may_be_irregular(char last) {
    return last == 's' || last == 'n' || last == 't' || last == 'e' || last == 'h';
}
static_assert(std::all_of(std::begin(irregulars), std::end(irregulars),
                          [](const Irregular& i) { return may_be_irregular(i.plural.back()); }),
              "fold_plural() only searches the table for words ending in these letters");

}  // namespace

std::string fold_text(std::string_view s) {
    std::string out(s);
    // Fast path: the HS data is plain ASCII, and lower-casing it in place halves the index build.
    bool ascii = true;
    for (char& c : out) {
        if (static_cast<unsigned char>(c) >= 0x80) { ascii = false; break; }
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (ascii) return out;
    out.clear();
    for (std::size_t i = 0; i < s.size();) {
        const char32_t cp = decode(s, i);
        if (cp < 0x80) {
            char c = static_cast<char>(cp);
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            out.push_back(c);
            continue;
        }
        if (cp >= 0x300 && cp <= 0x36F) continue;  // combining accent of a decomposed letter
        const char* base = " ";
        for (const AccentRange& r : accent_ranges)
            if (cp >= r.first && cp <= r.last) { base = r.base; break; }
        out += base;
    }
    return out;
}

std::vector<std::string> hs_words(std::string_view utf8) {
    const std::string folded = fold_text(utf8);
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && !is_alnum(folded[i])) ++i;
        const std::size_t start = i;
        while (i < folded.size() && is_alnum(folded[i])) ++i;
        if (i > start) words.emplace_back(folded.substr(start, i - start));
    }
    return words;
}

std::string fold_plural(std::string_view w) {
    if (w.empty()) return {};
    if (!may_be_irregular(w.back())) return std::string(w);  // most words skip the table and the rules
    const auto irr = std::lower_bound(std::begin(irregulars), std::end(irregulars), w,
                                      [](const Irregular& i, std::string_view x) { return i.plural < x; });
    if (irr != std::end(irregulars) && irr->plural == w) return std::string(irr->singular.empty() ? w : irr->singular);
    if (w.size() <= 3 || ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is")) return std::string(w);
    if (ends_with(w, "ies") && w.size() >= 5) return std::string(w.substr(0, w.size() - 3)) + "y";
    if (ends_with(w, "sses") || ends_with(w, "xes") || ends_with(w, "ches") || ends_with(w, "shes") ||
        ends_with(w, "zzes"))
        return std::string(w.substr(0, w.size() - 2));
    if (ends_with(w, "s")) return std::string(w.substr(0, w.size() - 1));
    return std::string(w);
}

}  // namespace clearance::core
