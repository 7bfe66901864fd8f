#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "core/grade_classify.h"

using namespace clearance::core;

namespace {

const HsNomenclature& hs() {
    static const HsNomenclature nom = HsNomenclature::load(CLEARANCE_SOURCE_ROOT "/assets/hs");
    return nom;
}

std::string all_text(const Grade& g) {
    std::string out;
    for (const FeedbackLine& l : g.feedback) out += "[" + std::string(verdict_name(l.verdict)) + "|" + l.rule + "] " + l.text + "\n";
    return out;
}

bool has_line(const Grade& g, Verdict v, const std::string& text, const std::string& rule = "*") {
    for (const FeedbackLine& l : g.feedback)
        if (l.verdict == v && l.text.find(text) != std::string::npos && (rule == "*" || l.rule == rule)) return true;
    return false;
}

ClassifyKey smartphone_key() {
    ClassifyKey key;
    key.code = "8517.13";
    key.level = HsLevel::subheading;
    key.points = 10;
    return key;
}

ClassifyKey coffee_heading_key() {
    ClassifyKey key;
    key.code = "0901";
    key.level = HsLevel::heading;
    key.points = 1;
    return key;
}

struct Line {
    Verdict verdict;
    const char* text;
    const char* rule;
};

struct Case {
    const char* answer;
    double score;
    std::vector<Line> lines;
};

void run(const ClassifyKey& key, const std::vector<Case>& cases) {
    for (const Case& c : cases) {
        CAPTURE(c.answer);
        const Grade g = grade_classify(key, c.answer, hs());
        CAPTURE(all_text(g));
        CHECK(g.max == key.points);
        CHECK(g.score == doctest::Approx(c.score));
        for (const Line& l : c.lines) CHECK_MESSAGE(has_line(g, l.verdict, l.text, l.rule), l.text);
    }
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("classify credit by the deepest level reached follows the documented fractions") {
    struct Row {
        HsLevel asked;
        HsAgreement reached;
        double credit;
    };
    const Row rows[] = {
        {HsLevel::subheading, HsAgreement::subheading, 1.0}, {HsLevel::subheading, HsAgreement::heading, 0.6},
        {HsLevel::subheading, HsAgreement::chapter, 0.25},   {HsLevel::subheading, HsAgreement::section, 0.0},
        {HsLevel::subheading, HsAgreement::none, 0.0},       {HsLevel::heading, HsAgreement::subheading, 1.0},
        {HsLevel::heading, HsAgreement::heading, 1.0},       {HsLevel::heading, HsAgreement::chapter, 0.4},
        {HsLevel::heading, HsAgreement::section, 0.0},       {HsLevel::heading, HsAgreement::none, 0.0},
    };
    for (const Row& r : rows) {
        CAPTURE(hs_level_name(r.asked));
        CAPTURE(hs_agreement_name(r.reached));
        CHECK(classify_credit(r.asked, r.reached) == r.credit);
    }
}

TEST_CASE("a subheading key grades every kind of answer with feedback that names the rule") {
    run(smartphone_key(),
        {
            {"8517.13", 10, {{Verdict::correct, "8517.13 is right: 'Telephone sets; smartphones", "GIR 1, GIR 6"}}},
            {"851713", 10, {{Verdict::correct, "8517.13 is right", "GIR 1, GIR 6"}}},
            {"8517.13.00", 10,
             {{Verdict::correct, "is right", "*"},
              {Verdict::info, "National digits .00 are not graded: the HS stops at 6 digits.", ""}}},
            {"8517.14", 6,
             {{Verdict::correct, "Right heading 85.17: 'Telephone sets, including smartphones", "GIR 1"},
              {Verdict::wrong,
               "Wrong subheading: 8517.14 is 'Telephone sets; other than smartphones, for cellular or other wireless "
               "networks'; the key 8517.13 is 'Telephone sets; smartphones for cellular or other wireless networks'.",
               "GIR 6"},
              {Verdict::info, "60% credit: the heading is right, the subheading is not.", ""}}},
            {"8517", 6,
             {{Verdict::correct, "Right heading 85.17", "GIR 1"},
              {Verdict::wrong, "The step asks for a subheading: 8517 stops at the heading. The key is subheading 8517.13", "GIR 6"}}},
            {"8518.10", 2.5,
             {{Verdict::correct, "Right chapter 85: 'Electrical machinery", "GIR 1"},
              {Verdict::wrong, "Wrong heading: 85.18 is 'Microphones", "GIR 1"},
              {Verdict::wrong, "the key is subheading 8517.13 'Telephone sets; smartphones", "GIR 1"},
              {Verdict::wrong, "in heading 85.17 'Telephone sets, including", "GIR 1"},
              {Verdict::info, "25% credit: the chapter is right", ""}}},
            {"85", 2.5, {{Verdict::wrong, "The step asks for a subheading: 85 stops at the chapter.", "GIR 6"}}},
            {"8471.30", 0,
             {{Verdict::wrong, "Wrong chapter: 84 is 'Machinery and mechanical appliances", "GIR 1"},
              {Verdict::wrong, "in chapter 85 'Electrical machinery", "GIR 1"},
              {Verdict::info, "Both chapters are in section XVI", "GIR 1"},
              {Verdict::info, "section titles are for reference only", "GIR 1"}}},
            {"0901.21", 0, {{Verdict::wrong, "Wrong chapter: 09 is 'Coffee, tea, mate and spices'", "GIR 1"}}},
            {"85x7", 0,
             {{Verdict::wrong, "\"85x7\" is not an HS code: digits expected, found 'x'.", ""},
              {Verdict::info, "The key is subheading 8517.13 'Telephone sets; smartphones", ""}}},
            {"", 0, {{Verdict::wrong, "No code was given.", ""}}},
            {"   ", 0, {{Verdict::wrong, "No code was given.", ""}}},
            {"8517.15", 0,
             {{Verdict::wrong, "8517.15 is not a code of HS 2022: heading 85.17 has no subheading 8517.15.", "HS 2022 nomenclature"},
              {Verdict::info, "The key is subheading 8517.13", ""}}},
            {"8599", 0, {{Verdict::wrong, "8599 is not a code of HS 2022: chapter 85 has no heading 85.99.", "*"}}},
            {"7701.10", 0, {{Verdict::wrong, "7701.10 is not a code of HS 2022: there is no chapter 77.", "*"}}},
            {"77", 0, {{Verdict::wrong, "77 is not a code of HS 2022: there is no chapter 77.", "*"}}},
        });
}

TEST_CASE("a heading key ignores the digits after the heading") {
    run(coffee_heading_key(),
        {
            {"0901", 1, {{Verdict::correct, "09.01 is right: 'Coffee, whether or not roasted", "GIR 1"}}},
            {"0901.21", 1,
             {{Verdict::correct, "09.01 is right", "GIR 1"},
              {Verdict::info, "Only the heading was asked; the digits after 09.01 were not graded.", ""}}},
            {"0902.10", 0.4,
             {{Verdict::correct, "Right chapter 09", "GIR 1"},
              {Verdict::wrong, "Wrong heading: 09.02 is 'Tea'; the key 09.01 is 'Coffee, whether or not roasted", "GIR 1"},
              {Verdict::info, "40% credit: the chapter is right, the heading is not.", ""}}},
            {"09", 0.4, {{Verdict::wrong, "The step asks for a heading: 09 stops at the chapter.", "GIR 1"}}},
            {"2101.11", 0, {{Verdict::wrong, "Wrong chapter: 21 is 'Miscellaneous edible preparations'", "GIR 1"}}},
        });
}

TEST_CASE("accepted alternatives earn their own credit when the answer reaches them") {
    ClassifyKey key = smartphone_key();
    key.alternatives = {
        {"8517.62", 1.0, "A handheld device with no telephone function is communication apparatus."},
        {"8471", 0.5, ""},
        {"8517.14", 0.4, "Lower than the heading's 60%: never used."},
    };
    run(key,
        {
            {"8517.62", 10,
             {{Verdict::correct, "8517.62 is an accepted alternative (100% credit): subheading 8517.62", "accepted alternative"},
              {Verdict::correct, "no telephone function", "accepted alternative"}}},
            {"8471.30", 5,
             {{Verdict::partial, "8471.30 is an accepted alternative (50% credit): heading 84.71 'Automatic data", "*"},
              {Verdict::info, "The key is subheading 8517.13", ""}}},
            {"8471", 5, {{Verdict::partial, "accepted alternative (50% credit)", "*"}}},
            {"84", 0, {{Verdict::wrong, "Wrong chapter: 84", "GIR 1"}}},  // does not reach 8471
            {"8517.14", 6, {{Verdict::wrong, "Wrong subheading: 8517.14", "GIR 6"}}},
            {"8517.13", 10, {{Verdict::correct, "8517.13 is right", "*"}}},
        });
}

TEST_CASE("the score of any existing code agrees with a naive digit comparison") {
    // Every chapter, heading and subheading of HS 2022 as an answer against one key.
    const ClassifyKey key = smartphone_key();
    const std::string want = "851713";
    std::size_t graded = 0;
    for (const HsNode& n : hs().nodes()) {
        if (n.level == HsLevel::section) continue;
        const std::string& a = n.code;
        double naive = 0.0;
        if (a.size() >= 6 && a.substr(0, 6) == want) naive = 1.0;
        else if (a.size() >= 4 && a.substr(0, 4) == want.substr(0, 4)) naive = 0.6;
        else if (a.substr(0, 2) == want.substr(0, 2)) naive = 0.25;
        CAPTURE(a);
        const Grade g = grade_classify(key, a, hs());
        CHECK(g.score == doctest::Approx(naive * key.points));
        CHECK(g.score >= 0.0);
        CHECK(g.score <= g.max);
        CHECK_FALSE(g.feedback.empty());
        CHECK(g.full_marks() == (naive == 1.0));
        ++graded;
    }
    CHECK(graded == 96 + 1228 + 5612);
}

TEST_CASE("unsound keys are reported for lint and refused by the grader") {
    struct Row {
        ClassifyKey key;
        const char* problem;
    };
    auto key = [](std::string code, HsLevel level, double points = 1.0, std::vector<ClassifyAlternative> alts = {}) {
        ClassifyKey k;
        k.code = std::move(code);
        k.level = level;
        k.points = points;
        k.alternatives = std::move(alts);
        return k;
    };
    const Row rows[] = {
        {key("85x7", HsLevel::subheading), "key: \"85x7\" is not an HS code: digits expected, found 'x'"},
        {key("8517.15", HsLevel::subheading), "key: 8517.15 is not a code of HS 2022: heading 85.17 has no subheading 8517.15."},
        {key("8517", HsLevel::subheading), "key: 8517 is a heading but the step asks for a subheading"},
        {key("85", HsLevel::chapter), "the asked level must be heading or subheading, not chapter"},
        {key("8517.13", HsLevel::subheading, 0.0), "points must be above 0"},
        {key("8517.13", HsLevel::subheading, 1.0, {{"8471.30", 1.5, ""}}), "alternative 8471.30: credit must be in (0, 1], not 1.5"},
        {key("8517.13", HsLevel::subheading, 1.0, {{"8471.99", 0.5, ""}}), "alternative: 8471.99 is not a code of HS 2022"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.problem);
        const auto problems = check_classify_key(r.key, hs());
        REQUIRE(problems.size() == 1);
        CHECK(problems.front().find(r.problem) == 0);
        CHECK_THROWS_AS(grade_classify(r.key, "8517.13", hs()), std::invalid_argument);
    }
    CHECK(check_classify_key(smartphone_key(), hs()).empty());
    ClassifyKey deep = smartphone_key();
    deep.level = HsLevel::heading;  // a subheading code may key a heading question
    CHECK(check_classify_key(deep, hs()).empty());
    CHECK(grade_classify(deep, "8517.14", hs()).full_marks());
}

}  // TEST_SUITE
