#include <doctest/doctest.h>

#include <string>

#include "core/grade_choose.h"

using namespace clearance::core;

namespace {

// A broker with a pending matter offers the officer a gift (primer section 8).
ChooseKey gift_key() {
    ChooseKey k;
    k.options = {
        {"refuse", "Refuse politely and record the offer", 10.0,
         "You refused and recorded it: the broker has a pending matter.",
         "Never accept a gift from anyone with a pending matter; recording it protects you.",
         {ArushaFactor::code_of_conduct, ArushaFactor::transparency}},
        {"accept_declare", "Accept and declare it to your supervisor", 4.0,
         "Declaring is better than hiding, but the broker has a pending matter.", "",
         {ArushaFactor::code_of_conduct}},
        {"accept", "Accept: it is only a bottle of wine", 0.0,
         "A gift from a broker with a pending matter compromises your independence.", "",
         {ArushaFactor::code_of_conduct, ArushaFactor::relationship_with_private_sector}},
        {"report_broker", "Refuse and report the broker", 10.0, "Refusing and reporting also works.",
         "Reporting an attempted inducement is what the code asks.", {ArushaFactor::audit_and_investigation}},
    };
    return k;
}

bool has_line(const Grade& g, Verdict v, const std::string& text, const std::string& rule = {}) {
    for (const auto& l : g.feedback) {
        if (l.verdict == v && l.text.find(text) != std::string::npos && (rule.empty() || l.rule == rule)) {
            return true;
        }
    }
    return false;
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("the ten Arusha factors have their numbers, names and ids") {
    struct Case {
        ArushaFactor f;
        int number;
        const char* name;
    };
    const Case cases[] = {
        {ArushaFactor::leadership_and_commitment, 1, "leadership and commitment"},
        {ArushaFactor::regulatory_framework, 2, "regulatory framework"},
        {ArushaFactor::transparency, 3, "transparency"},
        {ArushaFactor::automation, 4, "automation"},
        {ArushaFactor::reform_and_modernisation, 5, "reform and modernisation"},
        {ArushaFactor::audit_and_investigation, 6, "audit and investigation"},
        {ArushaFactor::code_of_conduct, 7, "code of conduct"},
        {ArushaFactor::human_resource_management, 8, "human resource management"},
        {ArushaFactor::morale_and_organisational_culture, 9, "morale and organisational culture"},
        {ArushaFactor::relationship_with_private_sector, 10, "relationship with the private sector"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        CHECK(arusha_number(c.f) == c.number);
        CHECK(arusha_name(c.f) == c.name);
        CHECK(parse_arusha_factor(arusha_id(c.f)) == c.f);
        CHECK(parse_arusha_factor(std::to_string(c.number)) == c.f);
    }
    CHECK(arusha_reference(ArushaFactor::code_of_conduct) ==
          "Revised Arusha Declaration, factor 7: code of conduct");
    CHECK_FALSE(parse_arusha_factor("honesty").has_value());
    CHECK_FALSE(parse_arusha_factor("11").has_value());
    CHECK_FALSE(parse_arusha_factor("0").has_value());
}

TEST_CASE("choose returns the chosen option's score out of the best option's") {
    struct Case {
        const char* option;
        double score;
        Verdict verdict;
    };
    const Case cases[] = {
        {"refuse", 10.0, Verdict::correct},
        {"report_broker", 10.0, Verdict::correct},  // ties with the best are best
        {"accept_declare", 4.0, Verdict::partial},
        {"accept", 0.0, Verdict::wrong},
        {"bribe", 0.0, Verdict::wrong},  // not an option of this step
    };
    for (const auto& c : cases) {
        CAPTURE(c.option);
        Grade g = grade_choose(gift_key(), ChooseAnswer{c.option});
        CHECK(g.max == doctest::Approx(10.0));
        CHECK(g.score == doctest::Approx(c.score));
        REQUIRE_FALSE(g.feedback.empty());
        CHECK(g.feedback[0].verdict == c.verdict);
    }
}

TEST_CASE("choose feedback gives the chosen option's feedback and the best option's explanation") {
    Grade g = grade_choose(gift_key(), ChooseAnswer{"accept"});
    CHECK(has_line(g, Verdict::wrong, "compromises your independence",
                   "Revised Arusha Declaration, factor 7: code of conduct; factor 10: relationship with "
                   "the private sector"));
    CHECK(has_line(g, Verdict::info, "Best: \"Refuse politely and record the offer\". Never accept a gift",
                   "Revised Arusha Declaration, factor 7: code of conduct; factor 3: transparency"));

    Grade best = grade_choose(gift_key(), ChooseAnswer{"report_broker"});
    CHECK(has_line(best, Verdict::correct, "Refusing and reporting also works",
                   "Revised Arusha Declaration, factor 6: audit and investigation"));
    CHECK(has_line(best, Verdict::info, "Why it is best: Reporting an attempted inducement"));
    CHECK_FALSE(has_line(best, Verdict::info, "Best: "));
}

TEST_CASE("negative option scores grade as zero and unscored branches have no maximum") {
    ChooseKey k;
    k.rule = "national code of conduct, s. 4";
    k.options = {{"pay", "Pay the speed money", -5.0, "A facilitation payment is a bribe.", "", {}},
                 {"refuse", "Refuse and record", 5.0, "Right.", "", {}}};
    Grade g = grade_choose(k, ChooseAnswer{"pay"});
    CHECK(g.score == 0.0);
    CHECK(g.max == 5.0);
    CHECK(g.feedback[0].rule == "national code of conduct, s. 4");

    ChooseKey branch;
    branch.options = {{"left", "Go to the warehouse", 0.0, "", "", {}},
                      {"right", "Go to the office", 0.0, "", "", {}}};
    Grade b = grade_choose(branch, ChooseAnswer{"right"});
    CHECK(b.max == 0.0);
    CHECK(b.score == 0.0);
    CHECK(b.feedback[0].verdict == Verdict::info);
    CHECK(best_option(ChooseKey{}) == nullptr);
}

}  // TEST_SUITE
