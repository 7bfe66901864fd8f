// The player components in French: every step panel, every document and the HS browser draw with
// no string missing from the French tables (the interface's, then core's phrase table for the
// engines' words), widget ids do not change with the language, field labels and document names
// follow the interface language, and the tables themselves are sound (no empty entry, no key
// translated two ways, none the interface repeats from core's table, format directives kept).
#include "core/feedback_text.h"
#include "core/origin.h"
#include "core/risk.h"
#include "core/scenario_fields.h"
#include "core/valuation.h"
#include "ui/document_view.h"
#include "ui/hs_browser.h"
#include "ui/i18n.h"
#include "ui/step_panels.h"
#include "ui_fixture.h"
#include "ui_harness.h"

#include <cctype>
#include <cstring>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace clearance::ui {
extern const char* const french_table[][2];
extern const char* const french_components[][2];
extern const char* const french_screens[][2];
extern const char* const french_player[][2];
}  // namespace clearance::ui

using namespace clearance;

namespace {

// French for the life of a test case, English again after it, even when a REQUIRE fails.
struct French {
    French() { ui::set_language("fr"); }
    ~French() { ui::set_language("en"); }
    French(const French&) = delete;
    French& operator=(const French&) = delete;
};

std::string fr(const char* english) { return ui::tr(english); }

ImGuiID hovered_id() { return ImGui::GetCurrentContext()->HoveredId; }

// The first point on the vertical line at `x`, from `y0` down to `y1`, where an item is hovered;
// (-1, -1) when there is none. One frame per step of 3 pixels.
template <class Draw>
ImVec2 first_hovered(uitest::Harness& h, Draw&& draw, float x, float y0, float y1, float width = 1280) {
    for (float y = y0; y < y1; y += 3) {
        h.mouse(ImVec2(x, y), false);
        h.frame(draw, width);
        if (hovered_id() != 0) return ImVec2(x, y);
    }
    return ImVec2(-1, -1);
}


// The window ImGui made for a child named `name` (its full name is "parent/name_XXXXXXXX").
ImGuiWindow* child_window(const char* name) {
    const std::string part = std::string("/") + name + "_";
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (std::string(w->Name).find(part) != std::string::npos) return w;
    return nullptr;
}

// ---- walking the tables and the sources -------------------------------------------------------

struct Entry {
    const char* table;
    const char* english;
    const char* french;
};

std::vector<Entry> all_entries() {
    const std::pair<const char*, const char* const (*)[2]> tables[] = {{"french_table", ui::french_table},
                                                                     {"french_components", ui::french_components},
                                                                     {"french_screens", ui::french_screens},
                                                                     {"french_player", ui::french_player}};
    std::vector<Entry> out;
    for (const auto& [name, t] : tables)
        for (int i = 0; t[i][0]; ++i) out.push_back({name, t[i][0], t[i][1]});
    return out;
}

// The printf directives of a string, in order: a translation must keep them all.
std::vector<std::string> directives(const std::string& s) {
    static const std::regex re("%(zu|d|s|%)");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it) out.push_back(it->str());
    return out;
}

// The literal arguments of tr("...") in a C++ source: adjacent literals joined, the escapes the
// ui sources use (\" \\ \n \xNN) decoded. A tr() of anything else (a variable) is skipped.
std::vector<std::string> tr_literals(const std::string& src) {
    std::vector<std::string> out;
    for (std::size_t at = src.find("tr("); at != std::string::npos; at = src.find("tr(", at + 3)) {
        if (at > 0 && (std::isalnum(static_cast<unsigned char>(src[at - 1])) || src[at - 1] == '_')) continue;
        std::size_t i = at + 3;
        std::string text;
        bool literal = false;
        for (;;) {
            while (i < src.size() && std::isspace(static_cast<unsigned char>(src[i]))) ++i;
            if (i >= src.size() || src[i] != '"') break;
            literal = true;
            for (++i; i < src.size() && src[i] != '"'; ++i) {
                if (src[i] != '\\') {
                    text += src[i];
                    continue;
                }
                const char e = src[++i];
                if (e == 'x') {
                    std::size_t n = 0;
                    const int v = std::stoi(src.substr(i + 1, 2), &n, 16);
                    text += static_cast<char>(v);
                    i += n;
                } else {
                    text += e == 'n' ? '\n' : e == 't' ? '\t' : e;
                }
            }
            ++i;  // the closing quote
        }
        if (literal) out.push_back(text);
    }
    return out;
}

const char* const component_files[] = {
    "step_common.cpp",        "step_classify.cpp",     "step_value.cpp",         "step_origin.cpp",
    "step_assess.cpp",        "step_inspect.cpp",      "step_risk.cpp",          "step_choose.cpp",
    "step_quiz.cpp",          "step_panels.h",         "document_page.cpp",      "document_invoice.cpp",
    "document_transport.cpp", "document_certificate.cpp", "document_product.cpp", "document_declaration.cpp",
    "document_view.cpp",      "hs_browser.cpp",        "hs_browser_draw.cpp",    "widgets.cpp",
};

ui::PanelContext context(const core::Scenario& sc, const core::Step& step) {
    ui::PanelContext ctx;
    ctx.scenario = &sc;
    ctx.step = &step;
    ctx.hs = &uifixture::hs();
    ctx.lang = "fr";
    return ctx;
}

}  // namespace

TEST_SUITE("ui") {

TEST_CASE("in French every step panel, document and the HS browser draws with no untranslated string") {
    uitest::Harness h;
    French french;
    auto sc = uifixture::scenario();
    // The blue channel too, and a flag on the inspect step, so those parts are drawn.
    for (core::Step& s : sc.steps)
        if (auto* r = std::get_if<core::RiskStep>(&s.body)) r->profile.use_blue = true;
    const int before = ui::missing_translations();

    // ---- every step panel, with the blockers it can give ----
    for (const core::Step& step : sc.steps) {
        CAPTURE(step.id);
        ui::StepPanel panel;
        const ui::PanelContext ctx = context(sc, step);
        h.frame([&] { panel.draw(ctx); }, 620);
        (void)panel.blocker();
        if (auto* c = std::get_if<ui::ClassifyPanel>(&panel.draft())) {
            c->set_code("8517");  // a heading where a subheading is asked
            h.frame([&] { panel.draw(ctx); }, 620);
            c->set_code("85x7");
            h.frame([&] { panel.draw(ctx); }, 620);
        } else if (auto* v = std::get_if<ui::ValuePanel>(&panel.draft())) {
            v->method = core::Method::transaction_value;
            v->base.set("40000");
            v->lines.front().choice = ui::CostChoice::add;  // and no amount: the line's blocker
            CHECK(panel.blocker().find(" : ") != std::string::npos);
            v->lines.front().amount.set("800");
            v->rate[0] = '1';
            h.frame([&] { panel.draw(ctx); }, 620);
            (void)panel.blocker();
        } else if (auto* o = std::get_if<ui::OriginPanel>(&panel.draft())) {
            o->conferred = true;
            (void)panel.blocker();
            o->criterion = core::OriginCriterion::value_content;
            (void)panel.blocker();
            std::strcpy(o->percent, "4x");
            h.frame([&] { panel.draw(ctx); }, 620);
            (void)panel.blocker();
        } else if (auto* a = std::get_if<ui::AssessPanel>(&panel.draft())) {
            a->duty.set("126");
            CHECK(panel.blocker() == fr("Excise") + " : " + fr("enter the amount (0 if nothing is due)."));
        } else if (auto* i = std::get_if<ui::InspectPanel>(&panel.draft())) {
            i->toggle("invoice.lines[1].quantity");
            h.frame([&] { panel.draw(ctx); }, 620);
        } else if (auto* q = std::get_if<ui::QuizPanel>(&panel.draft())) {
            if (q->kind == core::QuizKind::numeric) std::strcpy(q->number, "4x");
            h.frame([&] { panel.draw(ctx); }, 620);
            (void)panel.blocker();
        }
    }
    ui::StepPanel none;
    CHECK(none.blocker() == "Aucune étape n'est ouverte.");

    // ---- every document, as tabs in inspect mode with a flag, and as pages ----
    const auto docs = uifixture::pointers(sc);
    ui::DocumentView view;
    const std::vector<std::string> flagged = {"invoice.lines[1].quantity", "co.stamp"};
    ui::DocumentViewOptions opt;
    opt.inspect = true;
    opt.flagged = &flagged;
    opt.lang = "fr";
    auto draw_docs = [&] { view.draw(docs, opt); };
    for (const core::Document* d : docs) {
        CAPTURE(d->id);
        view.open_tab(d->id);
        h.frame(draw_docs);
        h.frame(draw_docs);
        CHECK(view.open_tab() == d->id);
        CHECK_FALSE(view.drawn_fields().empty());
        // Hover a field for its tooltip ("flagged" on the invoice's first quantity).
        const auto& f = view.drawn_fields().front();
        h.mouse(ImVec2((f.min.x + f.max.x) * 0.5f, (f.min.y + f.max.y) * 0.5f), false);
        h.frame(draw_docs);
        h.mouse(ImVec2(-100, -100), false);
    }
    for (const core::Document& d : sc.documents) {
        core::Document untitled = d;  // the memo has a title of its own: draw it with the default too
        untitled.title = core::Text();
        ui::DocumentView page;
        h.frame([&] { page.draw_page(untitled, opt, 820); });
        h.frame([&] { view.draw({&untitled}, opt); });
    }
    core::Document stampless = sc.documents[4];  // the certificate with no stamp: "no stamp"
    std::get<core::CertificateOfOrigin>(stampless.content).stamp.clear();
    h.frame([&] { view.draw_page(stampless, opt, 820); });
    h.frame([&] { view.draw({}, opt); });  // "no documents"

    // ---- the HS browser: tree, results, one match, no match, a section selected ----
    ui::HsBrowser b(uifixture::hs());
    auto draw_browser = [&] { b.draw(ImVec2(0, 600)); };
    h.frame(draw_browser);
    b.set_query("roasted coffee");
    h.frame(draw_browser);
    CHECK_FALSE(b.results().hits.empty());
    b.set_query("0901.21");
    h.frame(draw_browser);
    b.set_query("zzqx");
    h.frame(draw_browser);
    b.set_query("");
    REQUIRE(b.reveal("II"));
    h.frame(draw_browser);

    CHECK(ui::missing_translations() == before);
}

TEST_CASE("the French of a few component strings is the customs officer's French") {
    French french;
    CHECK(fr("COMMERCIAL INVOICE") == "FACTURE COMMERCIALE");
    CHECK(fr("PACKING LIST") == "LISTE DE COLISAGE");
    CHECK(fr("BILL OF LADING") == "CONNAISSEMENT");
    CHECK(fr("AIR WAYBILL") == "LETTRE DE TRANSPORT AÉRIEN");
    CHECK(fr("CERTIFICATE OF ORIGIN") == "CERTIFICAT D'ORIGINE");
    CHECK(fr("Customs value") == "Valeur en douane");
    CHECK(fr("Subheading") == "Sous-position");
    CHECK(fr("Change of tariff classification") == "Changement de classement tarifaire");
    CHECK(fr("Use this code") == "Utiliser ce code");

    // Blockers come in French, with French typography.
    const auto sc = uifixture::scenario();
    ui::RiskPanel risk;
    CHECK(risk.blocker() == "Choisissez un circuit.");
    ui::ClassifyPanel classify;
    CHECK(classify.blocker() == "Saisissez un code SH.");
    ui::ChoosePanel choose;
    CHECK(choose.blocker() == "Choisissez ce que vous faites.");

    // Names the core gives in English and the panels show: kinds of document, of cost, of
    // processing and of wholly obtained goods, and the risk indicators.
    for (const core::Document& d : sc.documents) {
        core::Document untitled = d;
        untitled.title = core::Text();
        const std::string english = core::document_title(untitled);
        CAPTURE(english);
        CHECK(fr(english.c_str()) != english);
    }
    const int before = ui::missing_translations();
    for (core::CostKind k : core::all_cost_kinds()) (void)ui::tr(core::cost_kind_description(k).c_str());
    for (std::size_t i = 0; i < core::indicator_count; ++i)
        (void)ui::tr(std::string(core::indicator_label(static_cast<core::Indicator>(i))).c_str());
    for (int i = 0; i <= static_cast<int>(core::WhollyObtained::waste_from_production); ++i)
        (void)ui::tr(std::string(core::wholly_obtained_name(static_cast<core::WhollyObtained>(i))).c_str());
    for (int i = 0; i <= static_cast<int>(core::Processing::preservation_for_transport); ++i)
        (void)ui::tr(std::string(core::processing_name(static_cast<core::Processing>(i))).c_str());
    CHECK(ui::missing_translations() == before);
    CHECK(fr("main freight") == "fret principal");
}

TEST_CASE("a search typed in English goes on in French: the search box keeps its id") {
    uitest::Harness h;
    ui::HsBrowser b(uifixture::hs());
    auto draw = [&] { b.draw(ImVec2(0, 600)); };
    b.focus_search();
    h.frame(draw);
    h.frame(draw);
    h.type("roasted");
    h.frame(draw);
    CHECK(b.query() == "roasted");
    {
        French french;
        h.type(" coffee");
        h.frame(draw);
        CHECK(b.query() == "roasted coffee");
        REQUIRE_FALSE(b.results().hits.empty());
        CHECK(b.results().hits.front().code() == "0901.21");
    }
    CHECK(ui::language() == "en");
}

TEST_CASE("the HS browser's Use this code keeps its id: clicked in English, released in French, it picks") {
    uitest::Harness h;
    ui::HsBrowser b(uifixture::hs());
    auto draw = [&] { b.draw(ImVec2(0, 600)); };
    b.set_query("roasted coffee");
    h.frame(draw);
    h.frame(draw);
    const ImGuiWindow* card = child_window("##selection");
    REQUIRE(card);
    // The button is the card's only item at its right edge.
    const float x = card->Pos.x + card->Size.x - ImGui::GetStyle().WindowPadding.x - 4;
    const ImVec2 at = first_hovered(h, draw, x, card->Pos.y, card->Pos.y + card->Size.y);
    REQUIRE(at.x >= 0);
    const ImGuiID english = hovered_id();
    h.mouse(at, true);
    h.frame(draw);
    {
        French french;
        h.frame(draw);  // still held, now labelled in French
        CHECK(hovered_id() == english);
        h.mouse(at, false);
        h.frame(draw);
        const auto picked = b.take_picked();
        REQUIRE(picked);
        CHECK(*picked == "0901.21");
    }
    CHECK(ui::language() == "en");
}

TEST_CASE("the classify panel's browser toggle keeps its id: clicked in English, released in French, it hides") {
    uitest::Harness h;
    const auto sc = uifixture::scenario();
    const core::Step* step = sc.find_step("hs");
    REQUIRE(step);
    ui::StepPanel panel;
    ui::PanelContext ctx = context(sc, *step);
    ctx.lang = "en";
    auto draw = [&] { panel.draw(ctx); };
    // Wide enough for the code row to keep the toggle at the right edge in both languages.
    const float width = 1000;
    auto frame = [&] { h.frame(draw, width); };
    frame();
    auto* c = std::get_if<ui::ClassifyPanel>(&panel.draft());
    REQUIRE(c);
    REQUIRE(c->browser_open);
    // The toggle is the only item at the panel's right edge above the browser.
    const float x = width - ImGui::GetStyle().WindowPadding.x - 4;
    const ImVec2 at = first_hovered(h, draw, x, 0, 300, width);
    REQUIRE(at.x >= 0);
    const ImGuiID english = hovered_id();
    h.mouse(at, true);
    frame();
    {
        French french;
        frame();
        CHECK(hovered_id() == english);
        h.mouse(at, false);
        frame();
        CHECK_FALSE(c->browser_open);  // the click went through: the browser is hidden
    }
    CHECK(ui::language() == "en");
}

TEST_CASE("in French the inspect panel names the flagged fields and their documents in French") {
    uitest::Harness h;
    French french;
    const auto sc = uifixture::scenario();
    const core::Step* step = sc.find_step("docs");
    REQUIRE(step);
    ui::StepPanel panel;
    // A scenario with no French keeps its texts in English; the labels follow the interface.
    for (const char* text_lang : {"fr", "en"}) {
        CAPTURE(text_lang);
        ui::PanelContext ctx = context(sc, *step);
        ctx.lang = text_lang;
        h.frame([&] { panel.draw(ctx); }, 620);
        auto* inspect = std::get_if<ui::InspectPanel>(&panel.draft());
        REQUIRE(inspect);
        inspect->flagged = {"invoice.lines[1].quantity", "packing.total_gross_kg"};
        const std::string shown = h.shown_text([&] { panel.draw(ctx); }, 620);
        CHECK(shown.find("Facture commerciale") != std::string::npos);
        CHECK(shown.find("Ligne 1 · Quantité") != std::string::npos);
        CHECK(shown.find("Liste de colisage") != std::string::npos);
        CHECK(shown.find("Poids brut total (kg)") != std::string::npos);
        CHECK(shown.find("Quantity") == std::string::npos);
    }
}

TEST_CASE("the French tables have no empty entry, no key translated two ways, and keep format directives") {
    std::map<std::string, Entry> seen;
    int entries = 0;
    for (const Entry& e : all_entries()) {
        ++entries;
        CAPTURE(e.table);
        CAPTURE(e.english);
        REQUIRE(e.french);
        CHECK(std::strlen(e.english) > 0);
        CHECK(std::strlen(e.french) > 0);
        CHECK(directives(e.english) == directives(e.french));
        auto [it, fresh] = seen.emplace(e.english, e);
        if (!fresh && std::strcmp(it->second.french, e.french) != 0)
            FAIL_CHECK("\"" << e.english << "\" is \"" << it->second.french << "\" in " << it->second.table << " but \""
                            << e.french << "\" in " << e.table);
    }
    CHECK(entries > 300);
}

TEST_CASE("the interface's French tables do not repeat core's phrase table: tr() falls back to it") {
    French french;
    // Where the same English means something else on screen than in the engines' sentences.
    const std::map<std::string, std::string> on_purpose = {
        {"none", "an excise rate of none is \"néant\"; core's \"aucune\" counts decimal places"},
        {"FOB price", "a fact's caption, capitalised; core's is the phrase inside a sentence"},
    };
    for (const Entry& e : all_entries()) {
        const std::string table = e.table, english = e.english;
        CAPTURE(table);
        CAPTURE(english);
        const auto core_fr = core::find_phrase(e.english, "fr");
        if (!core_fr || on_purpose.count(e.english)) continue;
        if (*core_fr == e.french) FAIL_CHECK("the same French is in core's phrase table: delete it here");
        else FAIL_CHECK("core's phrase table says \"" << *core_fr << "\": make them agree, in core");
    }
    for (const auto& [english, why] : on_purpose) {
        CAPTURE(english);
        CHECK(core::find_phrase(english, "fr") != std::string(ui::tr(english.c_str())));
    }
    // And the fallback reaches core's words: a kind of cost, a field label's word, a channel.
    CHECK(fr("brokerage") == "frais de courtage");
    CHECK(fr("Port of loading") == "Port de chargement");
    CHECK(fr("Green") == "Vert");
    CHECK(fr("price 12") == "price 12");  // core's patterns ("price {0}") are not applied to the interface's strings
}

TEST_CASE("every tr() literal of the player components has a French entry") {
    std::map<std::string, int> french;
    for (const Entry& e : all_entries()) ++french[e.english];
    int literals = 0;
    for (const char* file : component_files) {
        const std::string path = std::string(CLEARANCE_SOURCE_ROOT) + "/game/ui/" + file;
        std::ifstream in(path);
        REQUIRE_MESSAGE(in, path);
        std::stringstream ss;
        ss << in.rdbuf();
        for (const std::string& key : tr_literals(ss.str())) {
            ++literals;
            CAPTURE(file);
            CAPTURE(key);
            CHECK((french.count(key) == 1 || core::find_phrase(key, "fr").has_value()));
        }
    }
    CHECK(literals > 300);
}

}  // TEST_SUITE
