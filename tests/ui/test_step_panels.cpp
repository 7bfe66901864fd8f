#include "core/scenario_grading.h"
#include "ui/step_panels.h"
#include "ui_fixture.h"
#include "ui_harness.h"

using namespace clearance;
using ui::StepPanel;

namespace {

const core::Step& step_of(const core::Scenario& sc, const char* id) {
    const core::Step* s = sc.find_step(id);
    REQUIRE(s);
    return *s;
}

core::Grade grade(const core::Step& step, const core::Answer& a) {
    core::GradeContext ctx;
    ctx.hs = &uifixture::hs();
    return core::grade_step(step, a, ctx);
}

// Draws the panel of `id` for a frame (binding it) and returns the panel's draft.
template <class Panel>
Panel& draft(uitest::Harness& h, StepPanel& panel, const core::Scenario& sc, const char* id) {
    ui::PanelContext ctx;
    ctx.scenario = &sc;
    ctx.step = &step_of(sc, id);
    ctx.hs = &uifixture::hs();
    h.frame([&] { panel.draw(ctx); }, 620);
    Panel* p = std::get_if<Panel>(&panel.draft());
    REQUIRE(p);
    return *p;
}

}  // namespace

TEST_SUITE("ui") {

TEST_CASE("an amount entry accepts what Money parses and reports its error otherwise") {
    ui::AmountInput in;
    in.currency = core::Currency::of("EUR");
    CHECK(in.empty());
    CHECK_FALSE(in.value());
    CHECK(in.error().empty());
    in.set("1,200.50");
    CHECK(in.value() == core::Money::parse("EUR 1,200.50"));
    in.set("EUR 1,200.50");
    CHECK(in.value() == core::Money::parse("EUR 1,200.50"));
    in.set("12,5x");
    CHECK_FALSE(in.value());
    CHECK_FALSE(in.error().empty());
    in.set("USD 5");  // another currency than the step expects
    CHECK_FALSE(in.value());
    CHECK_FALSE(in.error().empty());
}

TEST_CASE("the classify draft is the code typed, and the browser's pick fills it in") {
    uitest::Harness h;
    const auto sc = uifixture::scenario();
    StepPanel panel;
    auto& c = draft<ui::ClassifyPanel>(h, panel, sc, "hs");
    CHECK(panel.blocker() == "Enter an HS code.");
    c.set_code("85x7");
    CHECK(panel.blocker().find("not an HS code") != std::string::npos);
    c.set_code("  8517.13 ");
    CHECK(panel.blocker().empty());
    CHECK(std::get<core::ClassifyAnswer>(*panel.answer()).code == "8517.13");
    CHECK(grade(step_of(sc, "hs"), *panel.answer()).full_marks());

    // The browser beside the entry: search, use the code, and the entry shows it.
    REQUIRE(c.browser);
    c.browser->set_query("roasted coffee");
    REQUIRE(c.browser->pick_current());
    draft<ui::ClassifyPanel>(h, panel, sc, "hs");
    CHECK(std::string(c.code) == "0901.21");
}

TEST_CASE("the valuation worksheet draft converts to the worksheet that earns full marks") {
    uitest::Harness h;
    const auto sc = uifixture::scenario();
    StepPanel panel;
    auto& v = draft<ui::ValuePanel>(h, panel, sc, "value");
    REQUIRE(v.lines.size() == 6);
    CHECK_FALSE(v.needs_rate);  // everything in EUR
    CHECK(panel.blocker() == "Choose the valuation method.");
    v.method = core::Method::transaction_value;
    v.base.set("40000");
    auto line = [&](const char* id) -> ui::ValueLine& {
        for (auto& l : v.lines)
            if (l.cost_id == id) return l;
        FAIL("no line ", id);
        return v.lines.front();
    };
    line("selling").choice = ui::CostChoice::add;
    CHECK(panel.blocker().find("enter the amount") != std::string::npos);
    line("selling").amount.set("1,200");
    line("moulds").choice = ui::CostChoice::add;
    line("moulds").amount.set("2500");
    line("freight").choice = ui::CostChoice::add;
    line("freight").amount.set("3100");
    line("insurance").choice = ui::CostChoice::add;
    line("insurance").amount.set("EUR 200");
    v.total.set("47,000.00");
    CHECK(panel.blocker().empty());
    h.frame([&] {
        ui::PanelContext ctx;
        ctx.scenario = &sc;
        ctx.step = &step_of(sc, "value");
        panel.draw(ctx);
    }, 620);

    const auto w = std::get<core::ValueWorksheet>(*panel.answer());
    CHECK(w.method == core::Method::transaction_value);
    CHECK(w.base == core::Money::parse("EUR 40,000"));
    REQUIRE(w.lines.size() == 4);  // costs left out are not listed
    CHECK(w.lines[0].id == "selling");
    CHECK(w.lines[0].action == core::WorksheetAction::add);
    CHECK(w.lines[0].amount == core::Money::parse("EUR 1,200"));
    CHECK(w.total == core::Money::parse("EUR 47,000"));
    CHECK(grade(step_of(sc, "value"), *panel.answer()).full_marks());

    // The buying commission added as well is a trap the grader names.
    line("agent").choice = ui::CostChoice::add;
    line("agent").amount.set("800");
    CHECK_FALSE(grade(step_of(sc, "value"), *panel.answer()).full_marks());
}

TEST_CASE("the origin draft reads a percentage typed with its sign as percentage points") {
    uitest::Harness h;
    const auto sc = uifixture::scenario();
    StepPanel panel;
    auto& o = draft<ui::OriginPanel>(h, panel, sc, "origin");
    CHECK(o.value_asked);
    CHECK(panel.blocker() == "Decide whether the goods originate.");
    o.conferred = true;
    o.criterion = core::OriginCriterion::value_content;
    CHECK(panel.blocker() == "Enter the value content you computed, in %.");
    std::snprintf(o.percent, sizeof o.percent, "42 %%");
    CHECK(panel.blocker().empty());
    const auto a = std::get<core::OriginAnswer>(*panel.answer());
    REQUIRE(a.value_percent);
    CHECK(*a.value_percent == doctest::Approx(42.0));
    CHECK(grade(step_of(sc, "origin"), *panel.answer()).full_marks());
}

TEST_CASE("the assessment draft earns full marks with the primer's whisky figures") {
    uitest::Harness h;
    const auto sc = uifixture::scenario();
    StepPanel panel;
    auto& a = draft<ui::AssessPanel>(h, panel, sc, "tax");
    CHECK(a.has_excise);
    CHECK(a.has_vat);
    a.duty.set("126");
    a.excise.set("5,040.00");
    a.vat.set("2293.20");
    CHECK(panel.blocker().find("Total") == 0);
    a.total.set("EUR 7,459.20");
    CHECK(panel.blocker().empty());
    CHECK(grade(step_of(sc, "tax"), *panel.answer()).full_marks());
}

TEST_CASE("the risk draft names the channel and the ticked indicators by their ids") {
    uitest::Harness h;
    const auto sc = uifixture::scenario();
    StepPanel panel;
    auto& r = draft<ui::RiskPanel>(h, panel, sc, "channel");
    CHECK(panel.blocker() == "Choose a channel.");
    r.channel = core::Channel::red;
    r.indicators[static_cast<std::size_t>(core::Indicator::price_below_reference)] = true;
    r.indicators[static_cast<std::size_t>(core::Indicator::new_importer)] = true;
    const auto a = std::get<core::RiskAnswer>(*panel.answer());
    CHECK(a.channel == core::Channel::red);
    CHECK(a.indicators == std::vector<std::string>{"price_below_reference", "new_importer"});
    const core::RiskKey key = core::risk_key(std::get<core::RiskStep>(step_of(sc, "channel").body));
    r.indicators.fill(false);
    for (const auto& i : key.indicators)
        if (auto ind = core::parse_indicator(i.id)) r.indicators[static_cast<std::size_t>(*ind)] = true;
    r.channel = key.channel;
    CHECK(grade(step_of(sc, "channel"), *panel.answer()).full_marks());
}

TEST_CASE("choose and quiz drafts convert to the option and choices picked") {
    uitest::Harness h;
    const auto sc = uifixture::scenario();
    StepPanel panel;
    auto& c = draft<ui::ChoosePanel>(h, panel, sc, "gift");
    CHECK(panel.blocker() == "Choose what you do.");
    c.option = "refuse";
    CHECK(std::get<core::ChooseAnswer>(*panel.answer()).option_id == "refuse");
    CHECK(grade(step_of(sc, "gift"), *panel.answer()).full_marks());

    auto& single = draft<ui::QuizPanel>(h, panel, sc, "quiz");
    single.toggle_choice("b");
    single.toggle_choice("a");  // a single choice replaces the previous one
    CHECK(std::get<core::QuizAnswer>(*panel.answer()).choices == std::vector<std::string>{"a"});

    auto& multi = draft<ui::QuizPanel>(h, panel, sc, "multi");
    multi.toggle_choice("a");
    multi.toggle_choice("c");
    multi.toggle_choice("b");
    multi.toggle_choice("c");  // several may be chosen; a second click clears one
    CHECK(std::get<core::QuizAnswer>(*panel.answer()).choices == std::vector<std::string>{"a", "b"});
    CHECK(grade(step_of(sc, "multi"), *panel.answer()).full_marks());

    auto& number = draft<ui::QuizPanel>(h, panel, sc, "rvc");
    std::snprintf(number.number, sizeof number.number, "42%%");
    const auto n = std::get<core::QuizAnswer>(*panel.answer()).number;
    REQUIRE(n);
    CHECK(*n == doctest::Approx(42.0));
    CHECK(grade(step_of(sc, "rvc"), *panel.answer()).full_marks());

    auto& word = draft<ui::QuizPanel>(h, panel, sc, "word");
    CHECK(panel.blocker() == "Type your answer.");
    std::snprintf(word.text, sizeof word.text, "  Royalties ");
    CHECK(std::get<core::QuizAnswer>(*panel.answer()).text == "Royalties");
    CHECK(grade(step_of(sc, "word"), *panel.answer()).full_marks());
}

TEST_CASE("a draft survives frames and a new step starts a fresh one") {
    uitest::Harness h;
    const auto sc = uifixture::scenario();
    StepPanel panel;
    draft<ui::ClassifyPanel>(h, panel, sc, "hs").set_code("8517");
    CHECK(std::string(draft<ui::ClassifyPanel>(h, panel, sc, "hs").code) == "8517");
    draft<ui::ChoosePanel>(h, panel, sc, "gift").option = "accept";
    CHECK(std::string(draft<ui::ClassifyPanel>(h, panel, sc, "hs").code).empty());
    CHECK(panel.step_id() == "hs");
    CHECK_FALSE(panel.flagged());
    CHECK_FALSE(panel.toggle_flag("invoice.number"));
}

TEST_CASE("the inspect step's flags live in the panel and reach the document view through StepPanel") {
    uitest::Harness h;
    const auto sc = uifixture::scenario();
    StepPanel panel;
    draft<ui::InspectPanel>(h, panel, sc, "docs");
    REQUIRE(panel.flagged());
    CHECK(panel.flagged()->empty());
    CHECK(panel.blocker().empty());  // flagging nothing is an answer
    CHECK(panel.toggle_flag("invoice.lines[1].quantity"));
    CHECK(panel.toggle_flag("product.serial_numbers[2]"));
    CHECK(panel.toggle_flag("bl.gross_kg"));
    CHECK_FALSE(panel.toggle_flag("bl.gross_kg"));
    CHECK(*panel.flagged() == std::vector<std::string>{"invoice.lines[1].quantity", "product.serial_numbers[2]"});
    draft<ui::InspectPanel>(h, panel, sc, "docs");  // draws the list of flags with their labels
    CHECK(grade(step_of(sc, "docs"), *panel.answer()).full_marks());
}

TEST_CASE("every panel draws in every theme, answered or not, with a brief step giving no answer") {
    const auto sc = uifixture::scenario();
    for (auto theme : {core::Theme::light, core::Theme::dark, core::Theme::high_contrast}) {
        CAPTURE(static_cast<int>(theme));
        uitest::Harness h(theme);
        for (const core::Step& step : sc.steps) {
            CAPTURE(step.id);
            for (bool locked : {false, true}) {
                StepPanel panel;
                ui::PanelContext ctx;
                ctx.scenario = &sc;
                ctx.step = &step;
                ctx.hs = &uifixture::hs();
                ctx.locked = locked;
                ctx.option_order = {2, 0, 1};
                h.frame([&] { panel.draw(ctx); }, 620);
                const auto s = h.frame([&] { panel.draw(ctx); }, 620);
                CHECK(s.vertices > 0);
                CHECK(panel.answer().has_value() == step.graded());
            }
        }
    }
}

}  // TEST_SUITE
