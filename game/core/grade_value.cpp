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
    const std::string key_title = method_title(key.method);
    const std::string key_rule = method_line ? method_line->rule : "CVA Art. 1";
    if (!a.method) {
        g.add(Verdict::wrong, "No method was chosen; the " + key_title + " applies.", key_rule);
        return;
    }
    if (*a.method == key.method) {
        g.score += o.method_points;
        std::string why = method_line ? " " + method_line->why : std::string();
        g.add(Verdict::correct, "Right method: the " + key_title + "." + why, key_rule);
        return;
    }
    const std::string their = method_title(*a.method);
    if (key.method == Method::transaction_value) {
        g.add(Verdict::wrong,
              "The " + their + " was chosen, but the transaction value applies: " +
                  lower_first(method_line ? method_line->why : std::string("the conditions of Art. 1 are met.")),
              key_rule);
        return;
    }
    // The trainee's method was tried and set aside: quote why (all reasons, for Art. 1).
    std::string reasons;
    std::string rules;
    const std::string their_id = "art" + std::to_string(static_cast<int>(*a.method));
    for (const auto& l : key.trail) {
        if (l.id != their_id || l.treatment != Treatment::note) continue;
        reasons += (reasons.empty() ? "" : " ") + l.why;
        rules += (rules.empty() ? "" : "; ") + l.rule;
    }
    if (!reasons.empty()) {
        g.add(Verdict::wrong, reasons + " The " + key_title + " applies.", rules);
        return;
    }
    // A method later in the order than the key's, or one never reached.
    const bool art4_pair = (*a.method == Method::deductive && key.method == Method::computed) ||
                           (*a.method == Method::computed && key.method == Method::deductive);
    g.add(Verdict::wrong,
          "The " + their + " was chosen, but the methods are applied in order and the " + key_title +
              " can be used first.",
          art4_pair ? "CVA Art. 4" : key_rule);
}

// --- base and costs --------------------------------------------------------------------------

void grade_base(const ValuationFacts& f, const ValueWorksheet& a, const ValueGradeOptions& o, Grade& g) {
    g.max += o.base_points;
    std::string term = incoterm_name(f.incoterm);
    if (!f.incoterm_place.empty()) term += " " + f.incoterm_place;
    const std::string what = "the price actually paid or payable, " + m(f.price) + " " + term;
    if (!a.base) {
        g.add(Verdict::wrong, "No base amount was given; the value starts from " + what + ".", "CVA Art. 1");
    } else if (within(*a.base, f.price, o.line_tolerance)) {
        g.score += o.base_points;
        g.add(Verdict::correct, "Right base: " + what + ".", "CVA Art. 1");
    } else {
        g.add(Verdict::wrong, "The worksheet starts from " + m(*a.base) + "; the value starts from " + what + ".",
              "CVA Art. 1");
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
    const std::string label = k.label;
    const std::string principle = cost_principle(c.kind, f.basis);
    const std::string rule = k.rule;
    const std::string tail = "; " + principle + ", " + rule + ".";
    const int expected = k.treatment == Treatment::added ? 1 : k.treatment == Treatment::deducted ? -1 : 0;
    const Given giv = given_for(a, k.id, cur);
    const Money given = giv.signed_amount.value_or(Money::zero(cur));
    const int direction = given.is_zero() ? 0 : (given.is_negative() ? -1 : 1);
    const std::string given_text = m(given.abs());
    const std::string expected_text = m(k.amount);

    auto score = [&](Verdict v, double share, std::string text) {
        g.score += o.line_points * share;
        g.add(v, std::move(text), rule);
    };
    if (giv.currency_mismatch && direction == 0) {
        score(Verdict::wrong, 0.0,
              "The " + label + " was entered in another currency; enter it as the documents give it, in " +
                  std::string(cur.code()) + ", and convert the total once, CVA Art. 9.");
        return;
    }

    if (expected == 0) {
        if (direction == 0) {
            const char* how = k.treatment == Treatment::in_price ? "Rightly not added again: the "
                              : k.treatment == Treatment::kept    ? "Rightly left in the price: the "
                                                                  : "Rightly left out: the ";
            std::string text = how + label + " of " + expected_text;
            if (k.treatment == Treatment::in_price) text += " is already in the price";
            else if (k.treatment == Treatment::kept) text += " is not shown separately, so it cannot be taken out";
            else text += "; " + principle;
            score(Verdict::correct, 1.0, text + ".");
        } else if (direction > 0 && k.treatment == Treatment::in_price) {
            score(Verdict::wrong, 0.0,
                  "The " + label + " of " + given_text + " was added, but it is already in the " +
                      incoterm_name(f.incoterm) + " price; adding it counts it twice, " + rule + ".");
        } else if (direction > 0) {
            score(Verdict::wrong, 0.0, "The " + label + " of " + given_text + " was added" + tail);
        } else if (k.treatment == Treatment::in_price) {
            score(Verdict::wrong, 0.0,
                  "The " + label + " of " + given_text + " was deducted, but it belongs in the customs value: " +
                      principle + ", " + rule + ".");
        } else if (k.treatment == Treatment::kept) {
            score(Verdict::wrong, 0.0,
                  "The " + label + " of " + given_text + " was deducted, but it is not shown separately from the "
                  "price, so it cannot be taken out" + tail);
        } else {
            score(Verdict::wrong, 0.0,
                  "The " + label + " of " + given_text + " was deducted, but it is not in the price, so there is "
                  "nothing to take out" + tail);
        }
        return;
    }

    const bool add = expected > 0;
    std::string share_note;
    if (c.lot_quantity)
        share_note = " (this lot's share: " + m(c.amount) + " × " + c.lot_quantity->to_grouped() + " / " +
                     c.total_quantity->to_grouped() + ")";
    if (direction == expected && within(given.abs(), k.amount, o.line_tolerance)) {
        score(Verdict::correct, 1.0,
              std::string(add ? "Added" : "Deducted") + ": the " + label + " of " + expected_text + share_note +
                  "; " + principle + ".");
    } else if (direction == expected) {
        score(Verdict::partial, o.wrong_amount_share,
              "Wrong amount for the " + label + ": " + given_text + " was " + (add ? "added" : "deducted") +
                  "; the amount is " + expected_text + share_note + ", " + rule + ".");
    } else if (direction == 0) {
        score(Verdict::wrong, 0.0,
              std::string(add ? "Missed addition: the " : "Missed deduction: the ") + label + " of " + expected_text +
                  share_note + (add ? " must be added" : " must be taken out of the price") + tail);
    } else {
        score(Verdict::wrong, 0.0,
              "The " + label + " of " + given_text + " was " + (add ? "deducted" : "added") + ", but it must be " +
                  (add ? "added" : "deducted") + ": " + principle + ", " + rule + ".");
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
    if (!conv) {
        if (a.rate && *a.rate != Decimal(1))
            g.add(Verdict::wrong, "No conversion was needed: the value is already in " + nat + ".", "CVA Art. 9");
        return;
    }
    g.max += o.conversion_points;
    const std::string from = conv->id.substr(std::string("conversion:").size());
    Decimal official;
    for (const auto& r : f.rates)
        if (r.from.code() == from) official = r.rate;
    const std::string official_text = official.to_string() + " " + nat + " per " + from;
    if (!a.rate) {
        g.add(Verdict::wrong, "No exchange rate was applied; convert at the official rate of " + official_text + ".",
              "CVA Art. 9");
        return;
    }
    if (*a.rate == official) {
        g.score += o.conversion_points;
        g.add(Verdict::correct, "Converted at the official rate, " + official_text + ".", "CVA Art. 9");
        return;
    }
    const Decimal product = a.rate->rounded(8) * official.rounded(8);
    if (product >= Decimal::parse("0.99") && product <= Decimal::parse("1.01")) {
        g.add(Verdict::wrong,
              "The rate was inverted: " + a.rate->to_string() + " is " + from + " per " + nat +
                  "; the official rate is " + official_text + ".",
              "CVA Art. 9");
        return;
    }
    g.add(Verdict::wrong,
          "Converted at " + a.rate->to_string() + "; the officially published rate, " + official_text +
              ", applies, not a bank's payment rate.",
          "CVA Art. 9");
}

void grade_total(const ValuationResult& key, const ValueWorksheet& a, const ValueGradeOptions& o, Grade& g) {
    g.max += o.total_points;
    const std::string rule = "CVA Art. " + std::to_string(static_cast<int>(key.method));
    const std::string expected = m(key.value);
    if (!a.total) {
        g.add(Verdict::wrong, "No total was given; the customs value is " + expected + ".", rule);
    } else if (a.total->currency() != key.value.currency()) {
        g.add(Verdict::wrong,
              "The total is in " + std::string(a.total->currency().code()) + "; the customs value is declared in " +
                  std::string(key.value.currency().code()) + ": " + expected + ", CVA Art. 9.",
              "CVA Art. 9");
    } else if (within(*a.total, key.value, o.total_tolerance)) {
        g.score += o.total_points;
        g.add(Verdict::correct, "Customs value " + expected + ".", rule);
    } else {
        Money diff = *a.total - key.value;
        g.add(Verdict::wrong,
              "The total " + m(*a.total) + " is " + (diff.is_negative() ? "short of" : "above") +
                  " the customs value " + expected + " by " + m(diff.abs()) + ".",
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
        g.add(Verdict::wrong, "The worksheet is empty; the customs value is " + m(key.value) + " by the " +
                                  method_title(key.method) + ".");
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
                g.add(Verdict::wrong, "\"" + l.id + "\" is not one of this consignment's costs; it was not scored.");
        }
    } else if (!a.lines.empty()) {
        g.add(Verdict::info,
              "Art. 8 adjustments apply to the transaction value only; the lines given were not scored.",
              "CVA Art. 8");
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
