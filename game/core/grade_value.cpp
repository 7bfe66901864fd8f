#include "core/grade_value.h"

#include <algorithm>
#include <cctype>

namespace clearance::core {

namespace {

std::string lower_first(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

std::string m(const Money& x) { return x.to_string(true); }

// |a − b| within `tol` major units of a's currency; amounts in different currencies never are.
bool within(const Money& a, const Money& b, const Decimal& tol) {
    if (a.currency() != b.currency()) return false;
    Money limit = Money::from_decimal(a.currency(), tol);
    return (a - b).abs() <= limit;
}

// --- method ----------------------------------------------------------------------------------

void grade_method(const ValuationResult& key, const ValueWorksheet& a, const ValueGradeOptions& o, Grade& g) {
    g.max += o.method_points;
    const ValuationLine* method_line = key.line_for("method");
    const Message key_title = phrase(method_title(key.method));
    const Message key_rule = phrase(method_line ? method_line->rule : "CVA Art. 1");
    if (!a.method) {
        g.add(Verdict::wrong, msg("No method was chosen; the {0} applies.", key_title), key_rule);
        return;
    }
    if (*a.method == key.method) {
        g.score += o.method_points;
        g.add(Verdict::correct,
              method_line ? msg("Right method: the {0}. {1}", key_title, phrase(method_line->why))
                          : msg("Right method: the {0}.", key_title),
              key_rule);
        return;
    }
    const Message their = phrase(method_title(*a.method));
    if (key.method == Method::transaction_value) {
        g.add(Verdict::wrong,
              method_line ? msg("The {0} was chosen, but the transaction value applies: {1}", their,
                                phrase(lower_first(method_line->why)))
                          : msg("The {0} was chosen, but the transaction value applies: the conditions of Art. 1 "
                                "are met.",
                                their),
              key_rule);
        return;
    }
    // The trainee's method was tried and set aside: quote why (all reasons, for Art. 1).
    std::vector<Message> reasons;
    std::vector<Message> rules;
    const std::string their_id = "art" + std::to_string(static_cast<int>(*a.method));
    for (const auto& l : key.trail) {
        if (l.id != their_id || l.treatment != Treatment::note) continue;
        reasons.push_back(phrase(l.why));
        rules.push_back(phrase(l.rule));
    }
    if (!reasons.empty()) {
        g.add(Verdict::wrong, msg("{0} The {1} applies.", list(std::move(reasons), " "), key_title),
              list(std::move(rules), "; "));
        return;
    }
    // A method later in the order than the key's, or one never reached.
    const bool art4_pair = (*a.method == Method::deductive && key.method == Method::computed) ||
                           (*a.method == Method::computed && key.method == Method::deductive);
    g.add(Verdict::wrong,
          msg("The {0} was chosen, but the methods are applied in order and the {1} can be used first.", their,
              key_title),
          art4_pair ? phrase("CVA Art. 4") : key_rule);
}

// --- base and costs --------------------------------------------------------------------------

void grade_base(const ValuationFacts& f, const ValueWorksheet& a, const ValueGradeOptions& o, Grade& g) {
    g.max += o.base_points;
    std::string term = incoterm_name(f.incoterm);
    if (!f.incoterm_place.empty()) term += " " + f.incoterm_place;
    const Message what = msg("the price actually paid or payable, {0} {1}", m(f.price), term);
    const Message rule = phrase("CVA Art. 1");
    if (!a.base) {
        g.add(Verdict::wrong, msg("No base amount was given; the value starts from {0}.", what), rule);
    } else if (within(*a.base, f.price, o.line_tolerance)) {
        g.score += o.base_points;
        g.add(Verdict::correct, msg("Right base: {0}.", what), rule);
    } else {
        g.add(Verdict::wrong, msg("The worksheet starts from {0}; the value starts from {1}.", m(*a.base), what), rule);
    }
}

struct Given {
    std::optional<Money> signed_amount;  // net of the trainee's lines for one cost; nullopt: none
    bool currency_mismatch = false;
};

Given given_for(const ValueWorksheet& a, const std::string& id, Currency cur) {
    Given out;
    for (const auto& l : a.lines) {
        if (l.id != id) continue;
        if (l.amount.currency() != cur && !l.amount.is_zero()) {
            out.currency_mismatch = true;
            continue;
        }
        Money v = l.action == WorksheetAction::add ? l.amount.abs() : -l.amount.abs();
        out.signed_amount = out.signed_amount ? *out.signed_amount + v : v;
    }
    return out;
}

void grade_cost(const ValuationFacts& f, const CostItem& c, const ValuationLine& k, const ValueWorksheet& a,
                const ValueGradeOptions& o, Grade& g) {
    g.max += o.line_points;
    const Currency cur = k.amount.currency();
    const Message label = phrase(k.label);
    const Message principle = phrase(cost_principle(c.kind, f.basis));
    const Message rule = phrase(k.rule);
    const int expected = k.treatment == Treatment::added ? 1 : k.treatment == Treatment::deducted ? -1 : 0;
    const Given giv = given_for(a, k.id, cur);
    const Money given = giv.signed_amount.value_or(Money::zero(cur));
    const int direction = given.is_zero() ? 0 : (given.is_negative() ? -1 : 1);
    const std::string given_text = m(given.abs());
    const std::string expected_text = m(k.amount);

    auto score = [&](Verdict v, double share, Message text) {
        g.score += o.line_points * share;
        g.add(v, std::move(text), rule);
    };
    if (giv.currency_mismatch && direction == 0) {
        score(Verdict::wrong, 0.0,
              msg("The {0} was entered in another currency; enter it as the documents give it, in {1}, and convert "
                  "the total once, CVA Art. 9.",
                  label, std::string(cur.code())));
        return;
    }

    if (expected == 0) {
        if (direction == 0) {
            score(Verdict::correct, 1.0,
                  k.treatment == Treatment::in_price
                      ? msg("Rightly not added again: the {0} of {1} is already in the price.", label, expected_text)
                  : k.treatment == Treatment::kept
                      ? msg("Rightly left in the price: the {0} of {1} is not shown separately, so it cannot be "
                            "taken out.",
                            label, expected_text)
                      : msg("Rightly left out: the {0} of {1}; {2}.", label, expected_text, principle));
        } else if (direction > 0 && k.treatment == Treatment::in_price) {
            score(Verdict::wrong, 0.0,
                  msg("The {0} of {1} was added, but it is already in the {2} price; adding it counts it twice, {3}.",
                      label, given_text, std::string(incoterm_name(f.incoterm)), rule));
        } else if (direction > 0) {
            score(Verdict::wrong, 0.0, msg("The {0} of {1} was added; {2}, {3}.", label, given_text, principle, rule));
        } else if (k.treatment == Treatment::in_price) {
            score(Verdict::wrong, 0.0,
                  msg("The {0} of {1} was deducted, but it belongs in the customs value: {2}, {3}.", label,
                      given_text, principle, rule));
        } else if (k.treatment == Treatment::kept) {
            score(Verdict::wrong, 0.0,
                  msg("The {0} of {1} was deducted, but it is not shown separately from the price, so it cannot be "
                      "taken out; {2}, {3}.",
                      label, given_text, principle, rule));
        } else {
            score(Verdict::wrong, 0.0,
                  msg("The {0} of {1} was deducted, but it is not in the price, so there is nothing to take out; "
                      "{2}, {3}.",
                      label, given_text, principle, rule));
        }
        return;
    }

    const bool add = expected > 0;
    Message share_note;
    if (c.lot_quantity)
        share_note = msg(" (this lot's share: {0} × {1} / {2})", m(c.amount), c.lot_quantity->to_grouped(),
                         c.total_quantity->to_grouped());
    if (direction == expected && within(given.abs(), k.amount, o.line_tolerance)) {
        score(Verdict::correct, 1.0,
              add ? msg("Added: the {0} of {1}{2}; {3}.", label, expected_text, share_note, principle)
                  : msg("Deducted: the {0} of {1}{2}; {3}.", label, expected_text, share_note, principle));
    } else if (direction == expected) {
        score(Verdict::partial, o.wrong_amount_share,
              add ? msg("Wrong amount for the {0}: {1} was added; the amount is {2}{3}, {4}.", label, given_text,
                        expected_text, share_note, rule)
                  : msg("Wrong amount for the {0}: {1} was deducted; the amount is {2}{3}, {4}.", label, given_text,
                        expected_text, share_note, rule));
    } else if (direction == 0) {
        score(Verdict::wrong, 0.0,
              add ? msg("Missed addition: the {0} of {1}{2} must be added; {3}, {4}.", label, expected_text,
                        share_note, principle, rule)
                  : msg("Missed deduction: the {0} of {1}{2} must be taken out of the price; {3}, {4}.", label,
                        expected_text, share_note, principle, rule));
    } else {
        score(Verdict::wrong, 0.0,
              add ? msg("The {0} of {1} was deducted, but it must be added: {2}, {3}.", label, given_text, principle,
                        rule)
                  : msg("The {0} of {1} was added, but it must be deducted: {2}, {3}.", label, given_text, principle,
                        rule));
    }
}

// --- conversion and total --------------------------------------------------------------------

void grade_conversion(const ValuationFacts& f, const ValuationResult& key, const ValueWorksheet& a,
                      const ValueGradeOptions& o, Grade& g) {
    const ValuationLine* conv = nullptr;
    for (const auto& l : key.trail)
        if (l.treatment == Treatment::converted && (!conv || l.id == "conversion:" + std::string(f.price.currency().code())))
            conv = &l;
    const std::string nat(f.national.code());
    const Message rule = phrase("CVA Art. 9");
    if (!conv) {
        if (a.rate && *a.rate != Decimal(1))
            g.add(Verdict::wrong, msg("No conversion was needed: the value is already in {0}.", nat), rule);
        return;
    }
    g.max += o.conversion_points;
    const std::string from = conv->id.substr(std::string("conversion:").size());
    Decimal official;
    for (const auto& r : f.rates)
        if (r.from.code() == from) official = r.rate;
    const Message official_text = msg("{0} {1} per {2}", official.to_string(), nat, from);
    if (!a.rate) {
        g.add(Verdict::wrong, msg("No exchange rate was applied; convert at the official rate of {0}.", official_text),
              rule);
        return;
    }
    if (*a.rate == official) {
        g.score += o.conversion_points;
        g.add(Verdict::correct, msg("Converted at the official rate, {0}.", official_text), rule);
        return;
    }
    const Decimal product = a.rate->rounded(8) * official.rounded(8);
    if (product >= Decimal::parse("0.99") && product <= Decimal::parse("1.01")) {
        g.add(Verdict::wrong,
              msg("The rate was inverted: {0} is {1}; the official rate is {2}.", a.rate->to_string(),
                  msg("{0} per {1}", from, nat), official_text),
              rule);
        return;
    }
    g.add(Verdict::wrong,
          msg("Converted at {0}; the officially published rate, {1}, applies, not a bank's payment rate.",
              a.rate->to_string(), official_text),
          rule);
}

void grade_total(const ValuationResult& key, const ValueWorksheet& a, const ValueGradeOptions& o, Grade& g) {
    g.max += o.total_points;
    const Message rule = phrase("CVA Art. " + std::to_string(static_cast<int>(key.method)));
    const std::string expected = m(key.value);
    if (!a.total) {
        g.add(Verdict::wrong, msg("No total was given; the customs value is {0}.", expected), rule);
    } else if (a.total->currency() != key.value.currency()) {
        g.add(Verdict::wrong,
              msg("The total is in {0}; the customs value is declared in {1}: {2}, CVA Art. 9.",
                  std::string(a.total->currency().code()), std::string(key.value.currency().code()), expected),
              phrase("CVA Art. 9"));
    } else if (within(*a.total, key.value, o.total_tolerance)) {
        g.score += o.total_points;
        g.add(Verdict::correct, msg("Customs value {0}.", expected), rule);
    } else {
        Money diff = *a.total - key.value;
        g.add(Verdict::wrong,
              diff.is_negative()
                  ? msg("The total {0} is short of the customs value {1} by {2}.", m(*a.total), expected, m(diff.abs()))
                  : msg("The total {0} is above the customs value {1} by {2}.", m(*a.total), expected, m(diff.abs())),
              rule);
    }
}

// The maximum, as the graders above add it up, without an answer.
double max_points(const ValuationFacts& f, const ValuationResult& key, const ValueGradeOptions& o) {
    double max = o.method_points + o.total_points;
    if (key.method == Method::transaction_value) {
        max += o.base_points;
        for (const auto& c : f.costs)
            if (key.line_for(c.id.empty() ? cost_kind_name(c.kind) : c.id)) max += o.line_points;
    }
    for (const auto& l : key.trail)
        if (l.treatment == Treatment::converted) {
            max += o.conversion_points;
            break;
        }
    return max;
}

}  // namespace

const char* worksheet_action_name(WorksheetAction a) { return a == WorksheetAction::add ? "add" : "deduct"; }

std::optional<WorksheetAction> worksheet_action_from_name(std::string_view s) {
    if (s == "add") return WorksheetAction::add;
    if (s == "deduct") return WorksheetAction::deduct;
    return std::nullopt;
}

Grade grade_value(const ValuationFacts& facts, const ValueWorksheet& answer, const ValueGradeOptions& options) {
    return grade_value(facts, value_consignment(facts), answer, options);
}

Grade grade_value(const ValuationFacts& f, const ValuationResult& key, const ValueWorksheet& a,
                  const ValueGradeOptions& o) {
    Grade g;
    if (!a.method && !a.base && a.lines.empty() && !a.rate && !a.total) {
        // A blank worksheet earns nothing, not even for the traps it "avoided" by doing nothing.
        g.max = max_points(f, key, o);
        g.add(Verdict::wrong, msg("The worksheet is empty; the customs value is {0} by the {1}.", m(key.value),
                                  phrase(method_title(key.method))));
        return g;
    }
    grade_method(key, a, o, g);
    if (key.method == Method::transaction_value) {
        grade_base(f, a, o, g);
        for (const auto& c : f.costs) {
            const std::string id = c.id.empty() ? cost_kind_name(c.kind) : c.id;
            if (const ValuationLine* k = key.line_for(id)) grade_cost(f, c, *k, a, o, g);
        }
        for (const auto& l : a.lines) {
            const bool known = std::any_of(f.costs.begin(), f.costs.end(), [&](const CostItem& c) {
                return (c.id.empty() ? cost_kind_name(c.kind) : c.id) == l.id;
            });
            if (!known)
                g.add(Verdict::wrong, msg("\"{0}\" is not one of this consignment's costs; it was not scored.", l.id));
        }
    } else if (!a.lines.empty()) {
        g.add(Verdict::info,
              msg("Art. 8 adjustments apply to the transaction value only; the lines given were not scored."),
              phrase("CVA Art. 8"));
    }
    grade_conversion(f, key, a, o, g);
    grade_total(key, a, o, g);
    g.score = std::clamp(g.score, 0.0, g.max);
    return g;
}

ValueWorksheet perfect_worksheet(const ValuationFacts& f, const ValuationResult& key) {
    ValueWorksheet w;
    w.method = key.method;
    if (key.method == Method::transaction_value) {
        w.base = f.price;
        for (const auto& l : key.trail) {
            if (!l.kind) continue;
            if (l.treatment == Treatment::added) w.lines.push_back({l.id, WorksheetAction::add, l.amount});
            if (l.treatment == Treatment::deducted) w.lines.push_back({l.id, WorksheetAction::deduct, l.amount});
        }
    }
    for (const auto& l : key.trail) {
        if (l.treatment != Treatment::converted) continue;
        const std::string from = l.id.substr(std::string("conversion:").size());
        for (const auto& r : f.rates)
            if (r.from.code() == from && (!w.rate || from == f.price.currency().code())) w.rate = r.rate;
    }
    w.total = key.value;
    return w;
}

}  // namespace clearance::core
