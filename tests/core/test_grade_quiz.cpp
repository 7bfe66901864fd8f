#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "core/grade_quiz.h"

using namespace clearance::core;

namespace {

QuizKey single_key() {
    QuizKey k;
    k.kind = QuizKind::single_choice;
    k.points = 2.0;
    k.options = {{"a", "Add it to the price", false},
                 {"b", "Leave it out of the customs value", true},
                 {"c", "Deduct it from the price", false}};
    k.rule = "CVA Art. 8.1(a)(i)";
    k.explanation = "Buying commissions are not part of the customs value.";
    return k;
}

// Which of these are Art. 8 additions? Three right (a, b, d), three wrong (c, e, f).
QuizKey multiple_key() {
    QuizKey k;
    k.kind = QuizKind::multiple_choice;
    k.points = 6.0;
    k.options = {{"a", "selling commission", true},  {"b", "assists", true},
                 {"c", "buying commission", false},  {"d", "royalties as a condition of sale", true},
                 {"e", "freight after importation", false}, {"f", "import VAT", false}};
    k.rule = "CVA Art. 8";
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

TEST_CASE("quiz kinds round-trip through their ids") {
    for (QuizKind k : {QuizKind::single_choice, QuizKind::multiple_choice, QuizKind::numeric,
                       QuizKind::short_text}) {
        CHECK(parse_quiz_kind(quiz_kind_id(k)) == k);
    }
    CHECK_FALSE(parse_quiz_kind("essay").has_value());
}

TEST_CASE("single choice is all or nothing") {
    struct Case {
        std::vector<std::string> picks;
        double score;
    };
    const Case cases[] = {{{"b"}, 2.0}, {{" b "}, 2.0}, {{"b", "b"}, 2.0}, {{"a"}, 0.0},
                          {{"a", "b"}, 0.0}, {{}, 0.0}, {{"z"}, 0.0}};
    for (const auto& c : cases) {
        CAPTURE(c.picks.size());
        Grade g = grade_quiz(single_key(), QuizAnswer{c.picks, {}, {}});
        CHECK(g.max == 2.0);
        CHECK(g.score == doctest::Approx(c.score));
    }
    Grade wrong = grade_quiz(single_key(), QuizAnswer{{"a"}, {}, {}});
    CHECK(has_line(wrong, Verdict::wrong, "the answer is b (Leave it out of the customs value)",
                   "CVA Art. 8.1(a)(i)"));
    CHECK(has_line(wrong, Verdict::info, "Buying commissions are not part"));
}

TEST_CASE("multiple choice gives partial credit and wrong picks cost") {
    struct Case {
        const char* name;
        std::vector<std::string> picks;
        double score;
    };
    // Each right pick earns 6/3 = 2, each wrong pick costs 6/3 = 2, floored at 0.
    const Case cases[] = {
        {"all right", {"a", "b", "d"}, 6.0},
        {"two of three", {"a", "d"}, 4.0},
        {"one of three", {"b"}, 2.0},
        {"all right plus one wrong", {"a", "b", "d", "e"}, 4.0},
        {"one right one wrong", {"a", "c"}, 0.0},
        {"every option", {"a", "b", "c", "d", "e", "f"}, 0.0},
        {"nothing", {}, 0.0},
        {"only wrong", {"c", "f"}, 0.0},
        {"an unknown id is a wrong pick", {"a", "b", "d", "x"}, 4.0},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        Grade g = grade_quiz(multiple_key(), QuizAnswer{c.picks, {}, {}});
        CHECK(g.max == 6.0);
        CHECK(g.score == doctest::Approx(c.score));
    }
    Grade g = grade_quiz(multiple_key(), QuizAnswer{{"a", "c"}, {}, {}});
    CHECK(has_line(g, Verdict::correct, "Right pick: a (selling commission)", "CVA Art. 8"));
    CHECK(has_line(g, Verdict::wrong, "Missed: b (assists)", "CVA Art. 8"));
    CHECK(has_line(g, Verdict::wrong, "Wrong pick: c (buying commission)", "CVA Art. 8"));
}

TEST_CASE("multiple choice with unequal counts weighs right and wrong picks separately") {
    QuizKey k = multiple_key();
    k.options.resize(4);  // a, b, c, d: three right, one wrong
    k.points = 3.0;
    // one right (+1) and the one wrong (-3) floors at 0; all right earns 3.
    CHECK(grade_quiz(k, QuizAnswer{{"a", "c"}, {}, {}}).score == doctest::Approx(0.0));
    CHECK(grade_quiz(k, QuizAnswer{{"a", "b", "d"}, {}, {}}).score == doctest::Approx(3.0));
    CHECK(grade_quiz(k, QuizAnswer{{"a", "b"}, {}, {}}).score == doctest::Approx(2.0));

    QuizKey none = k;
    for (auto& o : none.options) o.correct = false;
    CHECK(grade_quiz(none, QuizAnswer{{}, {}, {}}).score == doctest::Approx(3.0));
    CHECK(grade_quiz(none, QuizAnswer{{"a"}, {}, {}}).score == doctest::Approx(2.25));
}

TEST_CASE("numeric answers are right within the absolute or relative tolerance") {
    struct Case {
        const char* name;
        double value, abs_tol, rel_tol;
        std::optional<double> given;
        bool right;
    };
    const Case cases[] = {
        {"exact customs value", 21932.80, 0.0, 0.0, 21932.80, true},
        {"one cent off with no tolerance", 21932.80, 0.0, 0.0, 21932.81, false},
        {"within an absolute cent", 21932.80, 0.01, 0.0, 21932.81, true},
        {"at the absolute boundary", 2293.20, 0.5, 0.0, 2293.70, true},
        {"just past the absolute boundary", 2293.20, 0.5, 0.0, 2293.71, false},
        {"within 1 percent", 7459.20, 0.0, 0.01, 7530.0, true},
        {"past 1 percent", 7459.20, 0.0, 0.01, 7540.0, false},
        {"the larger tolerance applies", 100.0, 5.0, 0.01, 104.0, true},
        {"below the value too", 42.0, 0.5, 0.0, 41.5, true},
        {"binary rounding at the boundary", 0.3, 0.1, 0.0, 0.4, true},
        {"no number", 42.0, 1.0, 0.0, std::nullopt, false},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        QuizKey k;
        k.kind = QuizKind::numeric;
        k.value = c.value;
        k.abs_tolerance = c.abs_tol;
        k.rel_tolerance = c.rel_tol;
        Grade g = grade_quiz(k, QuizAnswer{{}, c.given, {}});
        CHECK(g.score == doctest::Approx(c.right ? 1.0 : 0.0));
    }
    QuizKey k;
    k.kind = QuizKind::numeric;
    k.value = 42;
    k.unit = "%";
    k.rule = "primer 4: RVC build-down";
    Grade g = grade_quiz(k, QuizAnswer{{}, 40.0, {}});
    CHECK(has_line(g, Verdict::wrong, "You gave 40%; the answer is 42%.", "primer 4: RVC build-down"));
}

TEST_CASE("text is normalised for case, accents and whitespace") {
    struct Case {
        const char* in;
        const char* out;
    };
    const Case cases[] = {
        {"  Café  Noir ", "cafenoir"},
        {"Valeur TRANSACTIONNELLE", "valeurtransactionnelle"},
        {"Déclaration\tsommaire\n", "declarationsommaire"},
        {"ŁÓDŹ", "lodz"},
        {"Straße", "strasse"},
        {"Œuvre", "oeuvre"},
        {"ČESKÁ Republika", "ceskarepublika"},
        {"Cafe\xCC\x81", "cafe"},  // e + combining acute
        {"Таможня", "таможня"},
        {"ЁЛКА", "елка"},
        {"8517\xC2\xA0" "13", "851713"},  // no-break space
        {"", ""},
    };
    for (const auto& c : cases) {
        CAPTURE(c.in);
        CHECK(normalize_text(c.in) == c.out);
    }
}

TEST_CASE("short text accepts any variant, insensitive to case, accents and whitespace") {
    QuizKey k;
    k.kind = QuizKind::short_text;
    k.accepted = {"transaction value", "valeur transactionnelle", "Art. 1"};
    k.rule = "CVA Art. 1";
    struct Case {
        const char* text;
        bool right;
    };
    const Case cases[] = {
        {"transaction value", true},   {"Transaction  Value ", true}, {"TRANSACTION VALUE", true},
        {"Valeur Transactionnelle", true}, {"valéur transactionnelle", true}, {"art.1", true},
        {"transaction", false},        {"deductive value", false},   {"", false},
        {"   ", false},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        Grade g = grade_quiz(k, QuizAnswer{{}, {}, c.text});
        CHECK(g.score == doctest::Approx(c.right ? 1.0 : 0.0));
        CHECK(g.feedback[0].rule == "CVA Art. 1");
    }
    Grade g = grade_quiz(k, QuizAnswer{{}, {}, "computed value"});
    CHECK(has_line(g, Verdict::wrong, "the answer is \"transaction value\""));
}

}  // TEST_SUITE
