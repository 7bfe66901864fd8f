#include "core/hs_nomenclature.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <unordered_map>

#include "core/hs_search.h"

namespace clearance::core {

// --- nodes and errors ---------------------------------------------------------------------

std::string HsNode::display_code() const {
    if (level == HsLevel::subheading && code.size() == 6) return code.substr(0, 4) + "." + code.substr(4);
    return code;
}

std::string HsNode::label() const {
    std::string shown = display_code();
    // Sentences use the WCO's notation for headings (85.17), as the legal text does.
    if (level == HsLevel::heading && code.size() == 4) shown = code.substr(0, 2) + "." + code.substr(2);
    return std::string(hs_level_name(level)) + " " + shown;
}

namespace {

std::string locate(const std::string& file, std::size_t line) {
    return line == 0 ? file : file + ":" + std::to_string(line);
}

}  // namespace

HsDataError::HsDataError(std::string file, std::size_t line, const std::string& problem)
    : std::runtime_error(locate(file, line) + ": " + problem), file_(std::move(file)), line_(line) {}

namespace {

// --- CSV ----------------------------------------------------------------------------------

// RFC 4180 records: quoted fields may hold commas and doubled quotes; LF or CRLF line ends; the
// last record may lack its newline (sections.csv does). Blank lines are skipped.
class CsvReader {
public:
    CsvReader(std::string_view text, const std::string& name) : text_(text), name_(name) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);  // sections.csv has a BOM
    }

    // Reads the next record into `fields` (reusing its strings: the file has 28,000 fields);
    // returns false at the end. record_line() is the line the record starts on.
    bool next(std::vector<std::string>& fields) {
        while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
            if (text_[pos_] == '\n') ++line_;
            ++pos_;
        }
        if (pos_ >= text_.size()) return false;
        record_line_ = line_;
        std::size_t n = 0;
        for (;;) {
            if (n == fields.size()) fields.emplace_back();
            std::string& field = fields[n++];
            field.clear();
            if (text_[pos_] == '"') {
                ++pos_;
                for (;;) {
                    const std::size_t quote = text_.find('"', pos_);
                    if (quote == std::string_view::npos)
                        throw HsDataError(name_, record_line_, "unterminated quoted field");
                    const std::string_view chunk = text_.substr(pos_, quote - pos_);
                    line_ += static_cast<std::size_t>(std::count(chunk.begin(), chunk.end(), '\n'));
                    field.append(chunk);
                    pos_ = quote + 1;
                    if (pos_ < text_.size() && text_[pos_] == '"') { field.push_back('"'); ++pos_; continue; }
                    break;
                }
            } else {
                const std::size_t start = pos_;
                for (; pos_ < text_.size(); ++pos_) {
                    const char c = text_[pos_];
                    if (c == ',' || c == '\n' || c == '\r') break;
                    if (c == '"') throw HsDataError(name_, line_, "stray quote inside an unquoted field");
                }
                field.assign(text_.data() + start, pos_ - start);
            }
            if (pos_ >= text_.size()) break;
            const char c = text_[pos_];
            if (c == ',') {
                if (++pos_ >= text_.size()) {  // a final empty field
                    if (n == fields.size()) fields.emplace_back();
                    fields[n++].clear();
                    break;
                }
                continue;
            }
            if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
            if (c == '\n' || c == '\r') { ++pos_; ++line_; break; }
            throw HsDataError(name_, line_, "expected ',' or end of line after a quoted field");
        }
        fields.resize(n);
        return true;
    }

    std::size_t record_line() const { return record_line_; }

private:
    std::string_view text_;
    const std::string& name_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    std::size_t record_line_ = 0;
};

// Column positions found by name, so a reordered file still loads; every record must then
// have as many fields as the header.
struct Header {
    std::vector<std::size_t> at;
    std::size_t width = 0;
};

Header read_header(CsvReader& csv, const std::string& name, const std::vector<std::string_view>& wanted) {
    std::vector<std::string> header;
    if (!csv.next(header)) throw HsDataError(name, 0, "the file is empty");
    Header h;
    h.width = header.size();
    for (std::string_view w : wanted) {
        auto it = std::find(header.begin(), header.end(), w);
        if (it == header.end())
            throw HsDataError(name, csv.record_line(), "missing column '" + std::string(w) + "' in the header");
        h.at.push_back(static_cast<std::size_t>(it - header.begin()));
    }
    return h;
}

void expect_fields(const CsvReader& csv, const std::string& name, const std::vector<std::string>& f,
                   const Header& h) {
    if (f.size() != h.width)
        throw HsDataError(name, csv.record_line(),
                          "expected " + std::to_string(h.width) + " fields, found " + std::to_string(f.size()));
}

std::string trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return std::string(s);
}

// --- Roman numerals -----------------------------------------------------------------------

std::string to_roman(int n) {
    static const std::pair<int, const char*> table[] = {{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}};
    std::string out;
    for (const auto& [value, glyphs] : table)
        while (n >= value) { out += glyphs; n -= value; }
    return out;
}

// 1..39 for a canonical numeral ("XIV"), 0 otherwise: the HS has 21 sections, so anything
// else is a typo worth reporting rather than a numeral to interpret.
int from_roman(std::string_view s) {
    for (int n = 1; n < 40; ++n)
        if (to_roman(n) == s) return n;
    return 0;
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct Row {
    std::string section, code, description, parent;
    std::size_t line = 0;
};

}  // namespace

// --- loading ------------------------------------------------------------------------------

HsNomenclature HsNomenclature::load(const std::filesystem::path& dir) {
    auto read = [](const std::filesystem::path& p) {
        std::error_code ec;
        std::ifstream in;
        if (std::filesystem::is_regular_file(p, ec)) in.open(p, std::ios::binary);
        if (!in.is_open())
            throw HsDataError(p.string(), 0,
                              "cannot open the HS data file; the assets/hs folder of the installation "
                              "is missing or incomplete");
        std::string text;
        in.seekg(0, std::ios::end);
        const std::streamoff size = in.tellg();
        in.seekg(0, std::ios::beg);
        if (size > 0) {
            text.resize(static_cast<std::size_t>(size));
            in.read(text.data(), size);
        }
        if (size < 0 || in.gcount() != std::max<std::streamoff>(size, 0))
            throw HsDataError(p.string(), 0, "read error");
        return text;
    };
    const auto items = dir / items_path;
    const auto sections = dir / sections_path;
    const std::string items_text = read(items);
    const std::string sections_text = read(sections);
    return parse(items_text, sections_text, items.string(), sections.string());
}

HsNomenclature HsNomenclature::parse(std::string_view items_csv, std::string_view sections_csv,
                                     const std::string& items_name, const std::string& sections_name) {
    HsNomenclature nom;
    std::vector<std::string> f;

    // Sections: numeral and title; Comtrade's titles need trimming (VII) and a capital (I).
    std::vector<std::pair<int, HsNode>> sections;
    {
        CsvReader csv(sections_csv, sections_name);
        const Header h = read_header(csv, sections_name, {"section", "name"});
        const auto& col = h.at;
        while (csv.next(f)) {
            expect_fields(csv, sections_name, f, h);
            const std::string numeral = trimmed(f[col[0]]);
            const int n = from_roman(numeral);
            if (n == 0) throw HsDataError(sections_name, csv.record_line(), "'" + numeral + "' is not a Roman numeral");
            for (const auto& s : sections)
                if (s.first == n)
                    throw HsDataError(sections_name, csv.record_line(), "section " + numeral + " is listed twice");
            HsNode node;
            node.level = HsLevel::section;
            node.code = numeral;
            node.description = trimmed(f[col[1]]);
            if (node.description.empty())
                throw HsDataError(sections_name, csv.record_line(), "section " + numeral + " has no title");
            node.description[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(node.description[0])));
            sections.emplace_back(n, std::move(node));
        }
        if (sections.empty()) throw HsDataError(sections_name, 0, "no sections");
    }
    std::sort(sections.begin(), sections.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::unordered_map<std::string, std::int32_t> section_index;
    for (auto& [n, node] : sections) {
        const auto i = static_cast<std::int32_t>(nom.nodes_.size());
        section_index.emplace(node.code, i);
        node.section = i;
        nom.nodes_.push_back(std::move(node));
    }
    nom.first_coded_ = nom.nodes_.size();

    // Items: validate each row on its own, then the links between rows once all are read.
    std::vector<Row> rows;
    rows.reserve(7000);
    {
        CsvReader csv(items_csv, items_name);
        const Header h = read_header(csv, items_name, {"section", "hscode", "description", "parent", "level"});
        const auto& col = h.at;
        while (csv.next(f)) {
            expect_fields(csv, items_name, f, h);
            const std::size_t line = csv.record_line();
            Row r{f[col[0]], f[col[1]], trimmed(f[col[2]]), f[col[3]], line};
            if (r.section == "TOTAL") {
                // Comtrade's statistical pseudo-rows; the grand total names the edition.
                const auto at = r.description.find("HS");
                if (r.code == "TOTAL" && at != std::string::npos && all_digits(r.description.substr(at + 2, 4)))
                    nom.edition_ = "HS " + r.description.substr(at + 2, 4);
                continue;
            }
            auto fail = [&](const std::string& what) { throw HsDataError(items_name, line, what); };
            if (!section_index.count(r.section)) fail("unknown section '" + r.section + "' (not in sections.csv)");
            if (!all_digits(r.code) || (r.code.size() != 2 && r.code.size() != 4 && r.code.size() != 6))
                fail("code '" + r.code + "' is not 2, 4 or 6 digits");
            if (f[col[4]] != std::to_string(r.code.size()))
                fail("level '" + f[col[4]] + "' does not match the " + std::to_string(r.code.size()) +
                     " digits of code " + r.code);
            const std::string want_parent = r.code.size() == 2 ? "TOTAL" : r.code.substr(0, r.code.size() - 2);
            if (r.parent != want_parent)
                fail("parent '" + r.parent + "' of " + r.code + " should be " + want_parent);
            if (r.description.empty()) fail("code " + r.code + " has no description");
            rows.push_back(std::move(r));
        }
    }
    if (rows.empty()) throw HsDataError(items_name, 0, "no HS codes");
    // Code order is tree pre-order, which is what lists and the browser show. The upstream file
    // is already in that order; sorting it anyway would cost a tenth of the load.
    auto by_code = [](const Row& a, const Row& b) { return a.code < b.code; };
    if (!std::is_sorted(rows.begin(), rows.end(), by_code)) std::stable_sort(rows.begin(), rows.end(), by_code);
    for (std::size_t i = 1; i < rows.size(); ++i)
        if (rows[i].code == rows[i - 1].code)
            throw HsDataError(items_name, rows[i].line,
                              "duplicate code " + rows[i].code + " (first on line " + std::to_string(rows[i - 1].line) + ")");

    nom.nodes_.reserve(nom.nodes_.size() + rows.size());
    // In code order a parent is the latest node one level up; look it up only when it is not.
    std::int32_t last[4] = {-1, -1, -1, -1};
    for (Row& r : rows) {
        HsNode node;
        node.level = r.code.size() == 2 ? HsLevel::chapter : r.code.size() == 4 ? HsLevel::heading : HsLevel::subheading;
        node.code = std::move(r.code);
        node.description = std::move(r.description);
        node.section = section_index.at(r.section);
        if (node.level == HsLevel::chapter) {
            node.parent = node.section;
        } else {
            const std::int32_t guess = last[static_cast<int>(node.level) - 1];
            const HsNode* p = guess >= 0 && nom.nodes_[static_cast<std::size_t>(guess)].code == r.parent
                                  ? &nom.nodes_[static_cast<std::size_t>(guess)]
                                  : nom.find_digits(r.parent);  // already placed: parents sort first
            if (!p) throw HsDataError(items_name, r.line, "parent " + r.parent + " of " + node.code + " is not in the file");
            if (p->section != node.section)
                throw HsDataError(items_name, r.line,
                                  node.code + " is in section " + r.section + " but its parent " + r.parent +
                                      " is in section " + nom.nodes_[static_cast<std::size_t>(p->section)].code);
            node.parent = nom.index_of(*p);
        }
        const auto i = static_cast<std::int32_t>(nom.nodes_.size());
        last[static_cast<int>(node.level)] = i;
        nom.nodes_[static_cast<std::size_t>(node.parent)].children.push_back(i);
        nom.nodes_.push_back(std::move(node));
    }
    for (const HsNode& n : nom.nodes_) ++nom.counts_[static_cast<int>(n.level)];
    nom.index_ = std::make_shared<const HsSearchIndex>(nom);
    return nom;
}

// --- queries ------------------------------------------------------------------------------

const HsNode* HsNomenclature::find_digits(std::string_view digits) const {
    const auto begin = nodes_.begin() + static_cast<std::ptrdiff_t>(first_coded_);
    const auto it = std::lower_bound(begin, nodes_.end(), digits,
                                     [](const HsNode& n, std::string_view d) { return n.code < d; });
    return it != nodes_.end() && it->code == digits ? &*it : nullptr;
}

const HsNode* HsNomenclature::find(const HsCode& code) const { return find_digits(code.digits()); }

const HsNode* HsNomenclature::find_section(std::string_view numeral) const {
    const std::string want = upper(trimmed(numeral));
    for (std::size_t i = 0; i < first_coded_; ++i)
        if (nodes_[i].code == want) return &nodes_[i];
    return nullptr;
}

std::vector<const HsNode*> HsNomenclature::sections() const {
    std::vector<const HsNode*> out;
    for (std::size_t i = 0; i < first_coded_; ++i) out.push_back(&nodes_[i]);
    return out;
}

std::vector<const HsNode*> HsNomenclature::children(const HsNode& n) const {
    std::vector<const HsNode*> out;
    out.reserve(n.children.size());
    for (std::int32_t c : n.children) out.push_back(&nodes_[static_cast<std::size_t>(c)]);
    return out;
}

const HsNode* HsNomenclature::parent(const HsNode& n) const {
    return n.parent < 0 ? nullptr : &nodes_[static_cast<std::size_t>(n.parent)];
}

const HsNode& HsNomenclature::section_of(const HsNode& n) const {
    return nodes_[static_cast<std::size_t>(n.section)];
}

std::vector<const HsNode*> HsNomenclature::path(const HsNode& n) const {
    std::vector<const HsNode*> out;
    for (const HsNode* p = &n; p; p = parent(*p)) out.push_back(p);
    std::reverse(out.begin(), out.end());
    return out;
}

std::string HsNomenclature::missing_reason(const HsCode& code) const {
    const std::string what = code.str() + " is not a code of " + edition_;
    const HsCode chapter = code.truncated(HsLevel::chapter);
    if (!contains(chapter)) return what + ": there is no chapter " + chapter.digits() + ".";
    const HsCode heading = code.truncated(HsLevel::heading);
    if (code.level() == HsLevel::chapter) return what + ".";
    if (!contains(heading))
        return what + ": chapter " + chapter.digits() + " has no heading " + heading.wco_str() + ".";
    if (code.level() == HsLevel::heading) return what + ".";
    return what + ": heading " + heading.wco_str() + " has no subheading " + code.str() + ".";
}

HsAgreement HsNomenclature::agreement(const HsCode& a, const HsCode& b) const {
    const HsAgreement digits = hs_digit_agreement(a, b);
    if (digits != HsAgreement::none) return digits;
    const HsNode* ca = find(a.truncated(HsLevel::chapter));
    const HsNode* cb = find(b.truncated(HsLevel::chapter));
    return ca && cb && ca->section == cb->section ? HsAgreement::section : HsAgreement::none;
}

}  // namespace clearance::core
