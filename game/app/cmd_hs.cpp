// `clearance hs`: search and browse the HS nomenclature from the command line.
//
//   clearance hs search QUERY... [--limit N] [--json]   words or a code prefix, best first
//   clearance hs show CODE [--json]                      a code (or a section numeral), its tree
//                                                        path and its children
// The same search and tree the HS browser view uses (core/hs_search.h, core/hs_nomenclature.h).
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <ostream>
#include <string>
#include <vector>

#include "app/commands.h"
#include "core/hs_nomenclature.h"
#include "core/hs_search.h"
#include "core/json.h"

namespace clearance::app {

namespace {

using core::HsNode;
using core::HsNomenclature;
using core::Json;

constexpr std::size_t default_limit = 20;
constexpr const char* usage =
    "usage: clearance hs search QUERY... [--limit N] [--json]\n"
    "       clearance hs show CODE [--json]\n"
    "QUERY is words (\"roasted coffee\") or a code prefix (\"8517\", \"0901.2\"); CODE is a chapter,\n"
    "heading or subheading (\"85\", \"8517\", \"8517.13\") or a section numeral (\"XVI\").\n";

int usage_error(CommandContext& ctx, const std::string& problem) {
    ctx.err << "clearance hs: " << problem << "\n" << usage;
    return exit_usage;
}

// Arguments shared by both subcommands: words, --json, --limit N (search only), and "--" to
// pass words that start with a dash.
struct Args {
    std::vector<std::string> words;
    bool json = false;
    std::size_t limit = default_limit;
    std::string problem;  // non-empty on a usage error
};

Args parse_args(const std::vector<std::string>& args, bool allow_limit) {
    Args a;
    bool options = true;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (options && arg == "--") { options = false; continue; }
        if (options && arg == "--json") { a.json = true; continue; }
        if (options && allow_limit && (arg == "--limit" || arg.rfind("--limit=", 0) == 0)) {
            std::string value;
            if (arg == "--limit") {
                if (i + 1 >= args.size()) { a.problem = "--limit needs a number"; return a; }
                value = args[++i];
            } else {
                value = arg.substr(8);
            }
            char* end = nullptr;
            const long n = std::strtol(value.c_str(), &end, 10);
            if (value.empty() || *end != '\0' || n < 1 || n > 100000) {
                a.problem = "--limit needs a whole number from 1 to 100000, not \"" + value + "\"";
                return a;
            }
            a.limit = static_cast<std::size_t>(n);
            continue;
        }
        if (options && arg.size() > 1 && arg[0] == '-' && !(arg[1] >= '0' && arg[1] <= '9')) {
            a.problem = "unknown option " + arg;
            return a;
        }
        a.words.push_back(arg);
    }
    return a;
}

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

std::string pad(std::string s, std::size_t width) {
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s;
}

Json node_json(const HsNode& n) {
    Json j = Json::object();
    j.set("code", n.display_code()).set("level", core::hs_level_name(n.level)).set("description", n.description);
    return j;
}

// --- search -------------------------------------------------------------------------------

int search(CommandContext& ctx, const HsNomenclature& nom, const Args& a) {
    const std::string query = join(a.words);
    const core::HsSearchResult r = core::search_hs(nom, query, a.limit);
    if (a.json) {
        Json results = Json::array();
        for (const core::HsHit& h : r.hits) {
            Json j = node_json(*h.node);
            j.set("score", std::round(h.score * 1000.0) / 1000.0);  // three decimals are plenty to rank by
            results.push_back(std::move(j));
        }
        Json doc = Json::object();
        doc.set("query", query)
            .set("edition", nom.edition())
            .set("by_code", r.by_code)
            .set("total", r.total)
            .set("results", std::move(results));
        ctx.out << doc.dump(core::JsonStyle::pretty) << "\n";
        return exit_ok;
    }
    if (r.hits.empty()) {
        ctx.out << "No match for \"" << query << "\" in " << nom.edition() << ".\n";
        return exit_ok;
    }
    std::size_t code_width = 0;
    for (const core::HsHit& h : r.hits) code_width = std::max(code_width, h.code().size());
    for (const core::HsHit& h : r.hits)
        ctx.out << pad(h.code(), code_width) << "  " << pad(core::hs_level_name(h.level()), 10) << "  "
                << h.description() << "\n";
    if (r.total > r.hits.size())
        ctx.out << "(" << r.hits.size() << " of " << r.total << " matches; --limit N shows more)\n";
    return exit_ok;
}

// --- show ---------------------------------------------------------------------------------

// A section numeral ("XVI", "section xvi") or a code; nullptr with `problem` set otherwise.
const HsNode* resolve(const HsNomenclature& nom, std::string text, std::string& problem) {
    if (text.rfind("section ", 0) == 0 || text.rfind("Section ", 0) == 0) text = text.substr(8);
    const bool numeral = !text.empty() && text.find_first_not_of("IVXivx") == std::string::npos;
    if (numeral) {
        if (const HsNode* s = nom.find_section(text)) return s;
        problem = "there is no section " + text + " in " + nom.edition() + " (sections run from I to " +
                  nom.sections().back()->code + ")";
        return nullptr;
    }
    std::string why;
    const auto code = core::HsCode::parse(text, &why);
    if (!code) {
        problem = why;
        return nullptr;
    }
    const HsNode* n = nom.find(*code);
    if (!n) problem = nom.missing_reason(*code);
    return n;
}

int show(CommandContext& ctx, const HsNomenclature& nom, const Args& a) {
    std::string problem;
    const HsNode* node = resolve(nom, join(a.words), problem);
    if (!node) {
        ctx.err << "clearance hs show: " << problem << "\n";
        return exit_failure;
    }
    const auto path = nom.path(*node);
    const auto children = nom.children(*node);
    if (a.json) {
        Json doc = node_json(*node);
        doc.set("edition", nom.edition());
        Json p = Json::array();
        for (const HsNode* n : path) p.push_back(node_json(*n));
        Json c = Json::array();
        for (const HsNode* n : children) c.push_back(node_json(*n));
        doc.set("path", std::move(p)).set("children", std::move(c));
        ctx.out << doc.dump(core::JsonStyle::pretty) << "\n";
        return exit_ok;
    }
    ctx.out << node->label() << " (" << nom.edition() << ")\n" << node->description << "\n\nPath:\n";
    std::size_t width = 0;
    for (const HsNode* n : path) width = std::max(width, n->label().size());
    for (const HsNode* n : path) ctx.out << "  " << pad(n->label(), width) << "  " << n->description << "\n";
    if (children.empty()) {
        ctx.out << "\nChildren: none\n";
        return exit_ok;
    }
    ctx.out << "\nChildren (" << children.size() << "):\n";
    width = 0;
    for (const HsNode* n : children) width = std::max(width, n->display_code().size());
    for (const HsNode* n : children) ctx.out << "  " << pad(n->display_code(), width) << "  " << n->description << "\n";
    return exit_ok;
}

}  // namespace

int cmd_hs(CommandContext& ctx) {
    if (ctx.args.empty()) return usage_error(ctx, "a subcommand is needed");
    const std::string& sub = ctx.args[0];
    if (sub == "--help" || sub == "-h" || sub == "help") {
        ctx.out << usage;
        return exit_ok;
    }
    if (sub != "search" && sub != "show") return usage_error(ctx, "unknown subcommand \"" + sub + "\"");
    const Args a = parse_args(ctx.args, sub == "search");
    if (!a.problem.empty()) return usage_error(ctx, a.problem);
    if (a.words.empty()) return usage_error(ctx, sub == "search" ? "a query is needed" : "a code is needed");

    try {
        const HsNomenclature nom = HsNomenclature::load(ctx.assets_dir / "hs");
        return sub == "search" ? search(ctx, nom, a) : show(ctx, nom, a);
    } catch (const core::HsDataError& e) {
        ctx.err << "clearance hs: " << e.what() << "\n";
        return exit_failure;
    }
}

}  // namespace clearance::app
