// The valuation engine proper: the method order of the CVA, the Art. 1 transaction value with
// its Art. 8 adjustments, the other methods, and the currency conversion of Art. 9.
// Names and per-kind rules live in valuation.cpp.
#include <algorithm>
#include <cctype>
#include <set>

#include "core/valuation.h"

namespace clearance::core {

namespace {

std::string capitalised(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

std::string rounding_text(Rounding r) { return r == Rounding::half_up ? "half-up" : "half-even"; }

// A line for the trail.
ValuationLine line(std::string id, std::string label, Money amount, Treatment t, std::string rule,
                   std::string why, std::optional<CostKind> kind = std::nullopt) {
    return ValuationLine{std::move(id), std::move(label), amount, t, std::move(rule), std::move(why), kind};
}

// --- checks on the facts ---------------------------------------------------------------------

bool is_assist(CostKind k) {
    return k == CostKind::assist_materials || k == CostKind::assist_tools || k == CostKind::assist_consumables ||
           k == CostKind::assist_engineering_abroad || k == CostKind::assist_engineering_local;
}

std::string item_id(const CostItem& c) { return c.id.empty() ? std::string(cost_kind_name(c.kind)) : c.id; }

void check_facts(const ValuationFacts& f) {
    if (f.price.currency().empty()) throw ValuationError("the price has no currency");
    if (f.price.is_negative()) throw ValuationError("the price " + f.price.to_string() + " is negative");
    if (f.national.empty()) throw ValuationError("the national currency is not set");
    std::set<std::string> ids;
    for (const auto& c : f.costs) {
        const std::string id = item_id(c);
        if (id == "price" || id == "method" || id.rfind("art", 0) == 0 || id.rfind("conversion", 0) == 0 ||
            id.rfind("check:", 0) == 0)
            throw ValuationError("cost id '" + id + "' is reserved for the engine's own lines");
        if (!ids.insert(id).second)
            throw ValuationError("two costs have the id '" + id + "'; give each cost its own id");
        if (c.amount.currency().empty()) throw ValuationError("cost '" + id + "' has no currency");
        if (c.amount.is_negative())
            throw ValuationError("cost '" + id + "' is negative (" + c.amount.to_string() +
                                 "); give amounts as positive figures, the kind says which way they go");
        if (c.lot_quantity.has_value() != c.total_quantity.has_value())
            throw ValuationError("cost '" + id + "': give both lot_quantity and total_quantity, or neither");
        if (c.lot_quantity) {
            if (!is_assist(c.kind))
                throw ValuationError("cost '" + id + "': only assists are apportioned over quantities");
            if (!(*c.total_quantity > Decimal()) || c.lot_quantity->is_negative() || *c.lot_quantity > *c.total_quantity)
                throw ValuationError("cost '" + id + "': the lot quantity " + c.lot_quantity->to_string() +
                                     " must lie between 0 and the total quantity " + c.total_quantity->to_string() +
                                     ", which must be positive");
        }
    }
}

// --- Art. 1 ----------------------------------------------------------------------------------

struct Obstacle {
    std::string why;
    std::string rule;
};

std::string related_text(Relationship r) {
    static const char* const text[] = {
        "not related",
        "officers or directors of one another's businesses, Art. 15.4(a)",
        "legally recognised partners in business, Art. 15.4(b)",
        "employer and employee, Art. 15.4(c)",
        "someone holds 5% or more of the voting shares of both, Art. 15.4(d)",
        "one controls the other, Art. 15.4(e)",
        "both controlled by a third person, Art. 15.4(f)",
        "together controlling a third person, Art. 15.4(g)",
        "members of the same family, Art. 15.4(h)"};
    return text[static_cast<int>(r)];
}

// Why the transaction value cannot be used; empty if it can.
std::vector<Obstacle> art1_obstacles(const SaleCircumstances& c) {
    std::vector<Obstacle> out;
    if (!c.sold_for_export)
        out.push_back({"there is no sale for export to the importing country", "CVA Art. 1.1"});
    if (c.restrictions_on_use)
        out.push_back({"the buyer's use of the goods is restricted beyond legal, regional or insignificant "
                       "restrictions",
                       "CVA Art. 1.1(a)"});
    if (c.unquantifiable_condition)
        out.push_back({"the price is subject to a condition or consideration whose value cannot be determined",
                       "CVA Art. 1.1(b)"});
    if (c.unquantifiable_proceeds)
        out.push_back({"part of the proceeds of resale accrues to the seller and cannot be quantified to be added "
                       "under Art. 8",
                       "CVA Art. 1.1(c)"});
    if (c.relationship != Relationship::none && c.relationship_influenced_price && !c.test_value_approximated)
        out.push_back({"buyer and seller are related (" + related_text(c.relationship) +
                           ") and the relationship influenced the price",
                       "CVA Art. 1.1(d), 1.2(a)"});
    return out;
}

// The note that says why the transaction value is acceptable.
ValuationLine art1_accepted_note(const SaleCircumstances& c) {
    std::string why = "A sale for export with no restriction, unquantifiable condition or unquantifiable "
                      "proceeds";
    std::string rule = "CVA Art. 1";
    if (c.relationship == Relationship::none) {
        why += ", between unrelated parties.";
    } else if (!c.relationship_influenced_price) {
        why += "; buyer and seller are related (" + related_text(c.relationship) +
               "), but the circumstances of sale show the relationship did not influence the price.";
        rule = "CVA Art. 1.2(a)";
    } else {
        why += "; buyer and seller are related (" + related_text(c.relationship) +
               "), and the importer showed the price closely approximates a test value.";
        rule = "CVA Art. 1.2(b)";
    }
    return line("method", method_title(Method::transaction_value), Money(), Treatment::note, rule, why);
}

// The treatment of one cost under Art. 1.
ValuationLine treat_cost(const ValuationFacts& f, const CostItem& c) {
    const std::string id = item_id(c);
    const std::string label = c.label.empty() ? cost_kind_description(c.kind) : c.label;
    const std::string rule = cost_rule(c.kind, f.basis);
    const std::string principle = cost_principle(c.kind, f.basis);
    const bool from_incoterm = !c.in_price.has_value() && incoterm_includes(f.incoterm, c.kind);
    const bool in_price = c.in_price.value_or(incoterm_includes(f.incoterm, c.kind));
    const std::string where = from_incoterm ? std::string("in the ") + incoterm_name(f.incoterm) + " price"
                                            : std::string("in the price");
    const std::string amount_text = c.amount.to_string(true);

    if (c.kind == CostKind::discount) {
        if (c.granted && in_price)
            return line(id, label, c.amount, Treatment::in_price, rule,
                        "The price is already net of the " + amount_text + " discount; no adjustment.", c.kind);
        if (c.granted)
            return line(id, label, c.amount, Treatment::deducted, rule,
                        "Deducted: " + principle + ".", c.kind);
        if (in_price)
            return line(id, label, c.amount, Treatment::added, rule,
                        "Added back: the invoice was reduced by a discount that was not granted, so the price "
                        "actually paid or payable is the full price.",
                        c.kind);
        return line(id, label, c.amount, Treatment::excluded, rule,
                    "Not deducted: the discount was offered but not granted; only discounts actually granted "
                    "reduce the price actually paid or payable.",
                    c.kind);
    }

    if (belongs_in_value(c.kind, f.basis)) {
        if (in_price)
            return line(id, label, c.amount, Treatment::in_price, rule,
                        "Already " + where + "; no adjustment (" + principle + ").", c.kind);
        Money share = c.amount;
        std::string working;
        if (c.lot_quantity) {
            // Assists are apportioned over the goods they served; rounding once, half-up, equals
            // the largest-remainder split of the total between this lot and the rest.
            share = c.amount.scaled(*c.lot_quantity, *c.total_quantity, Rounding::half_up);
            working = " This lot's share: " + amount_text + " × " + c.lot_quantity->to_grouped() + " / " +
                      c.total_quantity->to_grouped() + " = " + share.to_string(true) + ".";
        }
        return line(id, label, share, Treatment::added, rule, capitalised(principle) + "." + working, c.kind);
    }

    // Not part of the value: nothing to do if borne separately; out of the price if shown in it.
    if (!in_price)
        return line(id, label, c.amount, Treatment::excluded, rule, "Not added: " + principle + ".", c.kind);
    if (c.shown_separately)
        return line(id, label, c.amount, Treatment::deducted, rule,
                    "Deducted from the price, where it is shown separately: " + principle + ".", c.kind);
    return line(id, label, c.amount, Treatment::kept, rule,
                "Left in: it is " + where + " but not shown separately, so it cannot be taken out.", c.kind);
}

// Notes on transport the valuation basis needs but the documents do not show.
void transport_checks(const ValuationFacts& f, std::vector<ValuationLine>& trail) {
    auto shown = [&](CostKind k) {
        return std::any_of(f.costs.begin(), f.costs.end(), [&](const CostItem& c) { return c.kind == k; });
    };
    const std::string term = incoterm_name(f.incoterm);
    if (f.basis == ValuationBasis::cif) {
        if (!incoterm_includes(f.incoterm, CostKind::main_freight) && !shown(CostKind::main_freight))
            trail.push_back(line("check:main_freight", "main freight", Money(), Treatment::note, "CVA Art. 8.3",
                                 "The " + term + " price does not include the main freight and none is shown; "
                                 "additions are made only on objective and quantifiable data."));
        if (!incoterm_includes(f.incoterm, CostKind::insurance) && !shown(CostKind::insurance))
            trail.push_back(line("check:insurance", "insurance", Money(), Treatment::note, "CVA Art. 8.2(c)",
                                 "No insurance premium is shown; customs adds only the premium actually paid."));
        if (f.incoterm == Incoterm::CIF || f.incoterm == Incoterm::CIP)
            trail.push_back(line("check:place", "named place", Money(), Treatment::note, "CVA Art. 8.2",
                                 "Check that the named place" +
                                     (f.incoterm_place.empty() ? std::string() : " (" + f.incoterm_place + ")") +
                                     " really is the place of importation."));
    }
}

// --- Art. 2, 3, 5, 6, 7 ----------------------------------------------------------------------

void require_currency(const Money& m, Currency c, const std::string& what) {
    if (m.currency() != c && !(m.currency().empty() && m.is_zero()))
        throw ValuationError(what + " is in " + std::string(m.currency().code()) + ", expected " +
                             std::string(c.code()));
}

// The lowest of several values (Art. 2.3 and 3.3); all in one currency.
std::optional<std::vector<ValuationLine>> lowest_value(const std::vector<Money>& values, Method m) {
    if (values.empty()) return std::nullopt;
    const bool identical = m == Method::identical_goods;
    const std::string art = identical ? "2" : "3";
    Money lowest = values.front();
    for (const auto& v : values) {
        require_currency(v, lowest.currency(), std::string(identical ? "an identical" : "a similar") + " goods value");
        if (v < lowest) lowest = v;
    }
    std::string why = "The accepted transaction value of " + std::string(identical ? "identical" : "similar") +
                      " goods sold for export at or about the same time";
    std::string rule = "CVA Art. " + art;
    if (values.size() > 1) {
        why += "; the lowest of the " + std::to_string(values.size()) + " values found";
        rule += ", " + art + ".3";
    }
    return std::vector<ValuationLine>{line("art" + art, method_title(m), lowest, Treatment::base, rule, why + ".")};
}

std::optional<std::vector<ValuationLine>> deductive_value(const std::optional<DeductiveData>& d) {
    if (!d) return std::nullopt;
    const Currency cur = d->unit_resale_price.currency();
    require_currency(d->profit_and_general_expenses, cur, "the deductive profit and general expenses");
    require_currency(d->local_transport_insurance, cur, "the deductive local transport and insurance");
    require_currency(d->duties_and_taxes, cur, "the deductive duties and taxes");
    if (!(d->quantity > Decimal())) throw ValuationError("the deductive quantity must be positive");
    const std::string q = d->quantity.to_grouped();
    auto per_unit = [&](const char* id, const char* label, const Money& unit, Treatment t, const char* rule,
                        const char* what) {
        Money total = unit.times(d->quantity);
        return line(id, label, total, t, rule,
                    std::string(what) + ": " + unit.to_string(true) + " × " + q + " = " + total.to_string(true) + ".");
    };
    return std::vector<ValuationLine>{
        per_unit("art5:resale", "unit resale price in the importing country", d->unit_resale_price, Treatment::base,
                 "CVA Art. 5.1(a)", "The unit price at which the goods are sold in the greatest aggregate quantity"),
        per_unit("art5:profit", "profit and general expenses", d->profit_and_general_expenses, Treatment::deducted,
                 "CVA Art. 5.1(a)(i)", "Less the usual profit and general expenses (or commission)"),
        per_unit("art5:transport", "transport and insurance in the importing country", d->local_transport_insurance,
                 Treatment::deducted, "CVA Art. 5.1(a)(ii)", "Less transport and insurance within the importing country"),
        per_unit("art5:duties", "duties and taxes", d->duties_and_taxes, Treatment::deducted, "CVA Art. 5.1(a)(iv)",
                 "Less the importing country's duties and taxes"),
    };
}

std::optional<std::vector<ValuationLine>> computed_value(const std::optional<ComputedData>& d, ValuationBasis basis) {
    if (!d) return std::nullopt;
    const Currency cur = d->materials_and_processing.currency();
    require_currency(d->profit_and_general_expenses, cur, "the computed profit and general expenses");
    require_currency(d->transport_to_importation, cur, "the computed transport");
    std::vector<ValuationLine> out{
        line("art6:materials", "materials and processing", d->materials_and_processing, Treatment::base,
             "CVA Art. 6.1(a)", "The cost or value of materials and of fabrication or other processing."),
        line("art6:profit", "profit and general expenses", d->profit_and_general_expenses, Treatment::added,
             "CVA Art. 6.1(b)", "Plus the usual profit and general expenses of such sales to the importing country."),
    };
    if (!d->transport_to_importation.is_zero()) {
        if (basis == ValuationBasis::cif)
            out.push_back(line("art6:transport", "transport to the place of importation", d->transport_to_importation,
                               Treatment::added, "CVA Art. 6.1, 8.2",
                               "Plus transport, loading and insurance to the place of importation (CIF basis)."));
        else
            out.push_back(line("art6:transport", "transport to the place of importation", d->transport_to_importation,
                               Treatment::excluded, "CVA Art. 6.1, 8.2",
                               "Not added: on an FOB-type basis the main carriage is not part of the value."));
    }
    return out;
}

std::optional<std::vector<ValuationLine>> fallback_value(const OtherMethodsData& o) {
    if (!o.fallback_value) return std::nullopt;
    std::string why = "A reasonable means consistent with the Agreement";
    if (!o.fallback_basis.empty()) why += ": " + o.fallback_basis;
    return std::vector<ValuationLine>{
        line("art7", method_title(Method::fallback), *o.fallback_value, Treatment::base, "CVA Art. 7", why + ".")};
}

std::string unavailable_text(Method m) {
    switch (m) {
        case Method::identical_goods: return "no transaction value of identical goods is available";
        case Method::similar_goods: return "no transaction value of similar goods is available";
        case Method::deductive: return "no resale data for a deductive value is available";
        case Method::computed: return "no production cost data for a computed value is available";
        default: return "no value is available";
    }
}

// --- Art. 9 conversion -----------------------------------------------------------------------

// Sums the counting lines per currency, converts each foreign sum once at its official rate and
// totals in the national currency. One conversion of the sum (not line by line) is how the
// primer's EXW example reaches EUR 21,932.80.
void convert_and_total(const ValuationFacts& f, ValuationResult& r) {
    std::vector<Money> sums;
    for (const auto& l : r.trail) {
        int sign = l.treatment == Treatment::base || l.treatment == Treatment::added ? 1
                   : l.treatment == Treatment::deducted                              ? -1
                                                                                     : 0;
        if (sign == 0) continue;
        auto it = std::find_if(sums.begin(), sums.end(),
                               [&](const Money& s) { return s.currency() == l.amount.currency(); });
        if (it == sums.end()) it = sums.insert(sums.end(), Money::zero(l.amount.currency()));
        *it = sign > 0 ? *it + l.amount : *it - l.amount;
    }
    Money total = Money::zero(f.national);
    for (const auto& s : sums) {
        if (s.currency() == f.national) {
            total += s;
            continue;
        }
        auto rate = std::find_if(f.rates.begin(), f.rates.end(),
                                 [&](const ExchangeRate& x) { return x.from == s.currency(); });
        if (rate == f.rates.end())
            throw ValuationError("no exchange rate for " + std::string(s.currency().code()) + " to " +
                                 std::string(f.national.code()));
        if (!(rate->rate > Decimal())) throw ValuationError("the exchange rate must be positive");
        Money c = s.converted(f.national, rate->rate, f.conversion_rounding);
        r.trail.push_back(line("conversion:" + std::string(s.currency().code()),
                               "conversion to " + std::string(f.national.code()), c, Treatment::converted,
                               "CVA Art. 9",
                               s.to_string(true) + " × " + rate->rate.to_string() + " (official rate, " +
                                   std::string(f.national.code()) + " per " + std::string(s.currency().code()) +
                                   ") = " + c.to_string(true) + ", rounded " + rounding_text(f.conversion_rounding) +
                                   " to the minor unit."));
        total += c;
    }
    if (total.is_negative())
        throw ValuationError("the customs value comes out negative (" + total.to_string() + "); check the deductions");
    r.value = total;
    if (sums.size() == 1) r.value_in_invoice = sums.front();
    else if (sums.empty()) r.value_in_invoice = Money::zero(f.price.currency());
}

}  // namespace

// --- the engine ------------------------------------------------------------------------------

ValuationResult value_consignment(const ValuationFacts& f) {
    check_facts(f);
    ValuationResult r;
    const auto obstacles = art1_obstacles(f.circumstances);

    if (obstacles.empty()) {
        r.method = Method::transaction_value;
        r.trail.push_back(art1_accepted_note(f.circumstances));
        std::string term = incoterm_name(f.incoterm);
        if (!f.incoterm_place.empty()) term += " " + f.incoterm_place;
        r.trail.push_back(line("price", "price actually paid or payable (" + term + ")", f.price, Treatment::base,
                               "CVA Art. 1", "The price actually paid or payable for the goods, as invoiced (" +
                                                 term + ")."));
        for (const auto& c : f.costs) r.trail.push_back(treat_cost(f, c));
        transport_checks(f, r.trail);
        convert_and_total(f, r);
        return r;
    }

    for (const auto& o : obstacles)
        r.trail.push_back(line("art1", method_title(Method::transaction_value), Money(), Treatment::note, o.rule,
                               "Transaction value cannot be used: " + o.why + "."));

    const auto& om = f.other_methods;
    std::vector<Method> order{Method::identical_goods, Method::similar_goods, Method::deductive, Method::computed};
    if (om.computed_before_deductive) {
        std::swap(order[2], order[3]);
        r.trail.push_back(line("art4", "order of methods", Money(), Treatment::note, "CVA Art. 4",
                               "At the importer's request the computed value is tried before the deductive value."));
    }
    order.push_back(Method::fallback);

    for (Method m : order) {
        std::optional<std::vector<ValuationLine>> lines;
        switch (m) {
            case Method::identical_goods: lines = lowest_value(om.identical_values, m); break;
            case Method::similar_goods: lines = lowest_value(om.similar_values, m); break;
            case Method::deductive: lines = deductive_value(om.deductive); break;
            case Method::computed: lines = computed_value(om.computed, f.basis); break;
            case Method::fallback: lines = fallback_value(om); break;
            case Method::transaction_value: break;
        }
        const std::string art = std::to_string(static_cast<int>(m));
        if (!lines) {
            if (m == Method::fallback)
                throw ValuationError("no valuation method can be used: transaction value is set aside and no "
                                     "identical, similar, deductive, computed or fall-back value is given");
            r.trail.push_back(line("art" + art, method_title(m), Money(), Treatment::note, "CVA Art. " + art,
                                   capitalised(unavailable_text(m)) + ", so the next method is tried."));
            continue;
        }
        r.method = m;
        r.trail.push_back(line("method", method_title(m), Money(), Treatment::note, "CVA Art. " + art,
                               "The first method in the order of the Agreement that can be applied."));
        for (auto& l : *lines) r.trail.push_back(std::move(l));
        convert_and_total(f, r);
        return r;
    }
    return r;  // unreachable: the fall-back either applies or throws
}

}  // namespace clearance::core
