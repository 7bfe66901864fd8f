#include "core/valuation.h"

#include <algorithm>
#include <cctype>

namespace clearance::core {

// --- names ----------------------------------------------------------------------------------

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

constexpr const char* kIncoterms[] = {"EXW", "FCA", "FAS", "FOB", "CFR", "CPT",
                                      "CIF", "CIP", "DAP", "DPU", "DDP"};

struct KindRow {
    CostKind kind;
    const char* name;
    const char* description;
};

constexpr KindRow kKinds[] = {
    {CostKind::buying_commission, "buying_commission", "buying commission"},
    {CostKind::selling_commission, "selling_commission", "selling commission"},
    {CostKind::brokerage, "brokerage", "brokerage"},
    {CostKind::containers, "containers", "containers"},
    {CostKind::packing, "packing", "packing"},
    {CostKind::assist_materials, "assist_materials", "materials supplied by the buyer"},
    {CostKind::assist_tools, "assist_tools", "tools, dies and moulds supplied by the buyer"},
    {CostKind::assist_consumables, "assist_consumables", "materials consumed in production, supplied by the buyer"},
    {CostKind::assist_engineering_abroad, "assist_engineering_abroad", "engineering and design done abroad"},
    {CostKind::assist_engineering_local, "assist_engineering_local", "engineering and design done in the importing country"},
    {CostKind::royalty_condition_of_sale, "royalty_condition_of_sale", "royalty payable as a condition of sale"},
    {CostKind::reproduction_rights_fee, "reproduction_rights_fee", "fee for the right to reproduce the goods"},
    {CostKind::resale_proceeds, "resale_proceeds", "proceeds of resale accruing to the seller"},
    {CostKind::inland_carriage, "inland_carriage", "inland carriage to the place of departure"},
    {CostKind::loading, "loading", "loading and handling before importation"},
    {CostKind::main_freight, "main_freight", "main freight"},
    {CostKind::insurance, "insurance", "insurance"},
    {CostKind::post_import_transport, "post_import_transport", "transport after importation"},
    {CostKind::post_import_services, "post_import_services", "assembly or technical help after importation"},
    {CostKind::import_duties_taxes, "import_duties_taxes", "import duties and taxes"},
    {CostKind::financing_interest, "financing_interest", "financing interest"},
    {CostKind::buyer_advertising, "buyer_advertising", "the buyer's own advertising"},
    {CostKind::discount, "discount", "discount"},
};

const KindRow& kind_row(CostKind k) {
    for (const auto& r : kKinds)
        if (r.kind == k) return r;
    return kKinds[0];  // unreachable: every enumerator has a row
}

constexpr const char* kRelationships[] = {
    "none", "officers_or_directors", "legal_partners", "employer_employee", "voting_shares_5pct",
    "one_controls_other", "both_controlled_by_third", "together_control_third", "same_family"};

constexpr const char* kTreatments[] = {"base", "added", "deducted", "excluded",
                                       "in_price", "kept", "converted", "note"};

}  // namespace

const char* incoterm_name(Incoterm t) { return kIncoterms[static_cast<int>(t)]; }

std::optional<Incoterm> incoterm_from_name(std::string_view s) {
    std::string up(s);
    for (char& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (int i = 0; i < 11; ++i)
        if (up == kIncoterms[i]) return static_cast<Incoterm>(i);
    return std::nullopt;
}

const char* cost_kind_name(CostKind k) { return kind_row(k).name; }
std::string cost_kind_description(CostKind k) { return kind_row(k).description; }

std::optional<CostKind> cost_kind_from_name(std::string_view s) {
    for (const auto& r : kKinds)
        if (s == r.name) return r.kind;
    return std::nullopt;
}

const std::vector<CostKind>& all_cost_kinds() {
    static const std::vector<CostKind> all = [] {
        std::vector<CostKind> v;
        for (const auto& r : kKinds) v.push_back(r.kind);
        return v;
    }();
    return all;
}

const char* relationship_name(Relationship r) { return kRelationships[static_cast<int>(r)]; }

std::optional<Relationship> relationship_from_name(std::string_view s) {
    for (int i = 0; i < 9; ++i)
        if (s == kRelationships[i]) return static_cast<Relationship>(i);
    return std::nullopt;
}

const char* method_name(Method m) {
    switch (m) {
        case Method::transaction_value: return "transaction_value";
        case Method::identical_goods: return "identical_goods";
        case Method::similar_goods: return "similar_goods";
        case Method::deductive: return "deductive";
        case Method::computed: return "computed";
        case Method::fallback: return "fallback";
    }
    return "transaction_value";
}

std::optional<Method> method_from_name(std::string_view s) {
    std::string k = lower(s);
    k.erase(std::remove_if(k.begin(), k.end(), [](char c) { return c == ' ' || c == '.'; }), k.end());
    if (k.rfind("art", 0) == 0) k = k.substr(3);
    const std::pair<const char*, Method> names[] = {
        {"transaction_value", Method::transaction_value}, {"1", Method::transaction_value},
        {"identical_goods", Method::identical_goods},     {"2", Method::identical_goods},
        {"similar_goods", Method::similar_goods},         {"3", Method::similar_goods},
        {"deductive", Method::deductive},                 {"5", Method::deductive},
        {"computed", Method::computed},                   {"6", Method::computed},
        {"fallback", Method::fallback},                   {"7", Method::fallback},
    };
    for (const auto& [n, m] : names)
        if (k == n) return m;
    return std::nullopt;
}

std::string method_title(Method m) {
    switch (m) {
        case Method::transaction_value: return "transaction value (CVA Art. 1)";
        case Method::identical_goods: return "transaction value of identical goods (CVA Art. 2)";
        case Method::similar_goods: return "transaction value of similar goods (CVA Art. 3)";
        case Method::deductive: return "deductive value (CVA Art. 5)";
        case Method::computed: return "computed value (CVA Art. 6)";
        case Method::fallback: return "fall-back method (CVA Art. 7)";
    }
    return "";
}

const char* treatment_name(Treatment t) { return kTreatments[static_cast<int>(t)]; }

const ValuationLine* ValuationResult::line_for(std::string_view id) const {
    for (const auto& l : trail)
        if (l.id == id) return &l;
    return nullptr;
}

// --- rules per cost kind --------------------------------------------------------------------

bool incoterm_includes(Incoterm t, CostKind k) {
    // Primer section 3, read as "which of the seller's costs are in the quoted price". FCA's
    // named place may be the seller's premises, so carriage to the port and loading on board are
    // left to the buyer ("FCA: also any costs to get the goods on board"); FAS delivers alongside
    // the ship, so carriage to the port is in but loading on board is not.
    const int i = static_cast<int>(t);
    const int fas = static_cast<int>(Incoterm::FAS);
    const int fob = static_cast<int>(Incoterm::FOB);
    const int cfr = static_cast<int>(Incoterm::CFR);
    const int cif = static_cast<int>(Incoterm::CIF);
    const int dap = static_cast<int>(Incoterm::DAP);
    switch (k) {
        case CostKind::inland_carriage: return i >= fas;
        case CostKind::loading: return i >= fob;
        case CostKind::main_freight: return i >= cfr;
        case CostKind::insurance: return i >= cif;
        case CostKind::post_import_transport: return i >= dap;
        case CostKind::import_duties_taxes: return t == Incoterm::DDP;
        default: return false;
    }
}

bool belongs_in_value(CostKind k, ValuationBasis basis) {
    switch (k) {
        case CostKind::selling_commission:
        case CostKind::brokerage:
        case CostKind::containers:
        case CostKind::packing:
        case CostKind::assist_materials:
        case CostKind::assist_tools:
        case CostKind::assist_consumables:
        case CostKind::assist_engineering_abroad:
        case CostKind::royalty_condition_of_sale:
        case CostKind::resale_proceeds:
        case CostKind::inland_carriage:
        case CostKind::loading: return true;
        // Art. 8.2 leaves the main carriage to each country: in on a CIF basis, out on FOB.
        case CostKind::main_freight:
        case CostKind::insurance: return basis == ValuationBasis::cif;
        default: return false;
    }
}

std::string cost_rule(CostKind k, ValuationBasis basis) {
    switch (k) {
        case CostKind::buying_commission:
        case CostKind::selling_commission:
        case CostKind::brokerage: return "CVA Art. 8.1(a)(i)";
        case CostKind::containers: return "CVA Art. 8.1(a)(ii)";
        case CostKind::packing: return "CVA Art. 8.1(a)(iii)";
        case CostKind::assist_materials: return "CVA Art. 8.1(b)(i)";
        case CostKind::assist_tools: return "CVA Art. 8.1(b)(ii)";
        case CostKind::assist_consumables: return "CVA Art. 8.1(b)(iii)";
        case CostKind::assist_engineering_abroad:
        case CostKind::assist_engineering_local: return "CVA Art. 8.1(b)(iv)";
        case CostKind::royalty_condition_of_sale: return "CVA Art. 8.1(c)";
        case CostKind::reproduction_rights_fee: return "CVA Note to Art. 8.1(c)";
        case CostKind::resale_proceeds: return "CVA Art. 8.1(d)";
        case CostKind::inland_carriage:
        case CostKind::main_freight:
            return basis == ValuationBasis::cif ? "CVA Art. 8.2(a)" : "CVA Art. 8.2(a), FOB basis";
        case CostKind::loading: return basis == ValuationBasis::cif ? "CVA Art. 8.2(b)" : "CVA Art. 8.2(b), FOB basis";
        case CostKind::insurance: return basis == ValuationBasis::cif ? "CVA Art. 8.2(c)" : "CVA Art. 8.2(c), FOB basis";
        case CostKind::post_import_transport: return "CVA Note to Art. 1, para. 3(b)";
        case CostKind::post_import_services: return "CVA Note to Art. 1, para. 3(a)";
        case CostKind::import_duties_taxes: return "CVA Note to Art. 1, para. 3(c)";
        case CostKind::financing_interest: return "CVA Decision 3.1 (interest charges)";
        case CostKind::buyer_advertising: return "CVA Note to Art. 1 (buyer's own activities)";
        case CostKind::discount: return "CVA Art. 1 (price actually paid or payable)";
    }
    return "";
}

std::string cost_principle(CostKind k, ValuationBasis basis) {
    const bool cif = basis == ValuationBasis::cif;
    switch (k) {
        case CostKind::buying_commission: return "buying commissions are not part of the customs value";
        case CostKind::selling_commission: return "selling commissions borne by the buyer are added to the price";
        case CostKind::brokerage: return "brokerage borne by the buyer is added to the price";
        case CostKind::containers: return "containers treated as one with the goods are added when the buyer bears their cost";
        case CostKind::packing: return "packing (labour and materials) borne by the buyer is added to the price";
        case CostKind::assist_materials:
            return "materials the buyer supplies for production are assists, added and apportioned over the goods they served";
        case CostKind::assist_tools:
            return "tools, dies and moulds the buyer supplies are assists, added and apportioned over the goods they served";
        case CostKind::assist_consumables:
            return "materials consumed in production that the buyer supplies are assists, added to the price";
        case CostKind::assist_engineering_abroad:
            return "engineering, design and artwork done outside the importing country are assists, added to the price";
        case CostKind::assist_engineering_local:
            return "engineering, design and artwork done in the importing country are not assists and are not added";
        case CostKind::royalty_condition_of_sale:
            return "royalties and licence fees the buyer must pay as a condition of sale are added to the price";
        case CostKind::reproduction_rights_fee:
            return "fees for the right to reproduce the goods in the importing country are not added";
        case CostKind::resale_proceeds: return "proceeds of resale that accrue to the seller are added to the price";
        case CostKind::inland_carriage:
            return cif ? "transport up to the place of importation is added on a CIF basis"
                       : "carriage to the place of export is part of an FOB-type value";
        case CostKind::loading:
            return cif ? "loading and handling up to the place of importation are added on a CIF basis"
                       : "loading at the place of export is part of an FOB-type value";
        case CostKind::main_freight:
            return cif ? "freight to the place of importation is added on a CIF basis"
                       : "on an FOB-type basis the main freight is not part of the customs value";
        case CostKind::insurance:
            return cif ? "the insurance premium actually paid is added on a CIF basis"
                       : "on an FOB-type basis insurance of the main carriage is not part of the customs value";
        case CostKind::post_import_transport:
            return "transport after importation is not part of the customs value when shown separately";
        case CostKind::post_import_services:
            return "construction, assembly, maintenance or technical help after importation is not part of the "
                   "customs value when shown separately";
        case CostKind::import_duties_taxes: return "the importing country's duties and taxes are not part of the customs value";
        case CostKind::financing_interest:
            return "interest under a genuine financing arrangement is not part of the customs value when shown separately";
        case CostKind::buyer_advertising:
            return "the buyer's own costs, such as its own advertising, are not part of the customs value";
        case CostKind::discount: return "discounts actually granted reduce the price actually paid or payable";
    }
    return "";
}

// value_consignment and the methods are in valuation_methods.cpp.

}  // namespace clearance::core
