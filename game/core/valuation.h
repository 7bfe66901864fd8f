// Valuation engine: the customs value of a consignment under the WTO Customs Valuation
// Agreement (CVA), with a line-by-line explanation trail.
//
// Used by `value` steps (their answer key and grader, grade_value.h), generated scenarios (the
// script layer fills ValuationFacts from a seed) and the debrief. It follows
// domain-primer.md sections 2 and 3: methods in the order Art. 1, 2, 3, 5, 6, 7 (Art. 4 may swap
// 5 and 6); Art. 8 additions and the exclusions of the Note to Art. 1; Incoterm conversion to the
// valuation basis; conversion at the official rate (Art. 9).
//
// Invariants of a result: the trail's base, added and deducted lines sum, per currency, to the
// value before conversion; every line that decides something names its rule; amounts are exact
// Money, and the only rounding is stated in the line that does it (assist apportionment and
// currency conversion, half-up to the minor unit).
// Author mistakes in the facts (a cost in a currency with no rate, no usable method, a bad
// apportionment) throw ValuationError with a message naming the item.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/money.h"

namespace clearance::core {

class ValuationError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Incoterms 2020.
enum class Incoterm { EXW, FCA, FAS, FOB, CFR, CPT, CIF, CIP, DAP, DPU, DDP };

const char* incoterm_name(Incoterm t);                        // "EXW"
std::optional<Incoterm> incoterm_from_name(std::string_view);  // case-insensitive; nullopt if unknown

// Where the country's customs value stops (Art. 8.2): at its border (CIF basis: the EU and most
// others), or at the place of export (FOB-type basis: the US, Canada, Australia). Under the FOB
// basis costs up to loading on board in the exporting country stay in the value and the main
// freight and its insurance do not.
enum class ValuationBasis { cif, fob };

// Every cost a consignment's documents can show beside or inside the price.
enum class CostKind {
    buying_commission,          // to the buyer's own agent abroad: never in the value
    selling_commission,         // + Art. 8.1(a)(i)
    brokerage,                  // + Art. 8.1(a)(i) (an intermediary in the sale)
    containers,                 // + Art. 8.1(a)(ii), containers treated as one with the goods
    packing,                    // + Art. 8.1(a)(iii), labour and materials
    assist_materials,           // + Art. 8.1(b)(i)
    assist_tools,               // + Art. 8.1(b)(ii): tools, dies, moulds
    assist_consumables,         // + Art. 8.1(b)(iii): materials consumed in production
    assist_engineering_abroad,  // + Art. 8.1(b)(iv): engineering, design, artwork done abroad
    assist_engineering_local,   // not added: the same work done in the importing country
    royalty_condition_of_sale,  // + Art. 8.1(c)
    reproduction_rights_fee,    // not added: right to reproduce the goods in the importing country
    resale_proceeds,            // + Art. 8.1(d), proceeds accruing to the seller
    inland_carriage,            // transport in the exporting country to the place of departure
    loading,                    // loading and handling before importation (Art. 8.2(b))
    main_freight,               // main carriage to the place of importation (Art. 8.2(a))
    insurance,                  // insurance premium actually paid (Art. 8.2(c))
    post_import_transport,      // carriage after importation: not in the value if shown separately
    post_import_services,       // construction, erection, assembly, maintenance, technical help after importation
    import_duties_taxes,        // duties and taxes of the importing country
    financing_interest,         // interest under a genuine financing arrangement
    buyer_advertising,          // the buyer's own costs, e.g. its own advertising
    discount,                   // cash or quantity discount actually granted: reduces the price
};

const char* cost_kind_name(CostKind k);                         // "buying_commission"
std::optional<CostKind> cost_kind_from_name(std::string_view);  // nullopt if unknown
const std::vector<CostKind>& all_cost_kinds();                  // in declaration order
std::string cost_kind_description(CostKind k);                  // "buying commission"

// One cost the documents show.
struct CostItem {
    std::string id;      // stable key the worksheet refers to ("moulds"); unique within the facts
    CostKind kind = CostKind::selling_commission;
    std::string label;   // as the trainee sees it; cost_kind_description() if empty
    Money amount;        // the full amount (for assists: the value not already reflected in the price)
    // Already inside the invoice price (true) or borne by the buyer on top of it (false). Unset:
    // for transport kinds and import duties, what the Incoterm puts in the price; otherwise false.
    std::optional<bool> in_price;
    // For an amount inside the price: whether the documents distinguish it. Exclusions are taken
    // out of the price only when shown separately (Note to Art. 1).
    bool shown_separately = true;
    // Assists: the share of the total that served these goods, amount × lot_quantity /
    // total_quantity (both set, or neither for the whole amount).
    std::optional<Decimal> lot_quantity;
    std::optional<Decimal> total_quantity;
    // Discounts only: whether the discount was actually granted (one merely offered is not).
    bool granted = true;
};

// Art. 15.4: the relationships that make buyer and seller related persons.
enum class Relationship {
    none,
    officers_or_directors,    // 15.4(a) officers or directors of one another's businesses
    legal_partners,           // 15.4(b) legally recognised partners in business
    employer_employee,        // 15.4(c)
    voting_shares_5pct,       // 15.4(d) someone owns or controls 5% or more of the voting shares of both
    one_controls_other,       // 15.4(e)
    both_controlled_by_third, // 15.4(f)
    together_control_third,   // 15.4(g)
    same_family,              // 15.4(h)
};

const char* relationship_name(Relationship r);                         // "same_family"
std::optional<Relationship> relationship_from_name(std::string_view);  // nullopt if unknown

// The circumstances that decide whether the transaction value (Art. 1) can be used.
struct SaleCircumstances {
    bool sold_for_export = true;                // a sale for export to the importing country exists
    Relationship relationship = Relationship::none;
    bool relationship_influenced_price = false; // found on examining the circumstances of sale
    bool test_value_approximated = false;       // importer showed the price closely approximates a test value (Art. 1.2(b))
    bool restrictions_on_use = false;           // beyond legal, regional or insignificant ones (Art. 1.1(a))
    bool unquantifiable_condition = false;      // condition or consideration of unknown value (Art. 1.1(b))
    bool unquantifiable_proceeds = false;       // proceeds to the seller that cannot be quantified (Art. 1.1(c))
};

// Art. 5: unit resale price in the importing country and the deductions from it (per unit).
struct DeductiveData {
    Money unit_resale_price;
    Money profit_and_general_expenses;  // or the usual commission
    Money local_transport_insurance;    // transport and insurance within the importing country
    Money duties_and_taxes;             // import duties and national taxes per unit
    Decimal quantity;                   // units imported
};

// Art. 6: cost of production and the rest, for the whole consignment.
struct ComputedData {
    Money materials_and_processing;
    Money profit_and_general_expenses;
    Money transport_to_importation;  // transport, loading and insurance to the place of importation; CIF basis only
};

// Values the other methods can use, when the scenario offers them.
struct OtherMethodsData {
    std::vector<Money> identical_values;  // Art. 2 accepted transaction values of identical goods (lowest used)
    std::vector<Money> similar_values;    // Art. 3, likewise
    std::optional<DeductiveData> deductive;
    std::optional<ComputedData> computed;
    bool computed_before_deductive = false;  // Art. 4: the importer asked for Art. 6 before Art. 5
    std::optional<Money> fallback_value;     // Art. 7, reasonable means consistent with the Agreement
    std::string fallback_basis;              // how the Art. 7 value was reached
};

// Units of the national currency per one unit of `from`, as officially published (Art. 9).
struct ExchangeRate {
    Currency from;
    Decimal rate;
};

struct ValuationFacts {
    Money price;                      // price actually paid or payable, as invoiced
    Incoterm incoterm = Incoterm::FOB;
    std::string incoterm_place;       // e.g. "Shanghai"; shown in the trail
    std::vector<CostItem> costs;
    ValuationBasis basis = ValuationBasis::cif;
    Currency national;                // the importing country's currency
    std::vector<ExchangeRate> rates;  // one per foreign currency used
    Rounding conversion_rounding = Rounding::half_up;
    SaleCircumstances circumstances;
    OtherMethodsData other_methods;
};

enum class Method {
    transaction_value = 1,  // Art. 1
    identical_goods = 2,    // Art. 2
    similar_goods = 3,      // Art. 3
    deductive = 5,          // Art. 5
    computed = 6,           // Art. 6
    fallback = 7,           // Art. 7
};

const char* method_name(Method m);                         // "transaction_value"
std::optional<Method> method_from_name(std::string_view);  // also accepts "1", "art1", "Art. 1"
std::string method_title(Method m);                        // "transaction value (CVA Art. 1)"

// How one trail line bears on the value.
enum class Treatment {
    base,       // the starting amount (the price, or another method's value)
    added,      // added to the value
    deducted,   // taken out of the value
    excluded,   // borne separately but not part of the value: nothing to do
    in_price,   // already inside the price and belongs there: nothing to do
    kept,       // inside the price, not part of the value, but not shown separately: stays in
    converted,  // a currency conversion
    note,       // method choice, checks, reasons methods were set aside
};

const char* treatment_name(Treatment t);  // "added"

struct ValuationLine {
    std::string id;     // the cost item's id; "price", "method", "conversion" or "art<N>" otherwise
    std::string label;
    Money amount;       // the amount that counts (an assist's apportioned share); for converted: the result
    Treatment treatment = Treatment::note;
    std::string rule;   // e.g. "CVA Art. 8.1(a)(i)"
    std::string why;    // one sentence, with the working where there is one
    std::optional<CostKind> kind;
};

struct ValuationResult {
    Method method = Method::transaction_value;
    Money value;                            // customs value in the national currency
    std::optional<Money> value_in_invoice;  // before conversion, when every line is in one currency
    std::vector<ValuationLine> trail;

    // The trail line for a cost item, or nullptr.
    const ValuationLine* line_for(std::string_view id) const;
};

// The customs value of the consignment and how it was reached. Throws ValuationError on facts an
// author got wrong (no rate for a currency, duplicate ids, no method usable, bad quantities).
ValuationResult value_consignment(const ValuationFacts& facts);

// Whether an Incoterm puts this transport or duty cost in the seller's price by default
// (primer section 3); false for kinds an Incoterm does not cover.
bool incoterm_includes(Incoterm t, CostKind k);

// Whether a cost of this kind belongs in the customs value on this basis (before asking whether
// it is already in the price). Discounts answer false: they reduce the value.
bool belongs_in_value(CostKind k, ValuationBasis basis);

// The rule that decides a cost of this kind on this basis, e.g. "CVA Art. 8.1(a)(i)".
std::string cost_rule(CostKind k, ValuationBasis basis);
// The principle in one clause for feedback, e.g. "buying commissions are not part of the customs
// value".
std::string cost_principle(CostKind k, ValuationBasis basis);

}  // namespace clearance::core
