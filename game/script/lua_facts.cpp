// Engine facts as scenario files write them: valuation facts, origin cases and agreements, tax
// facts, risk facts and profiles. Shared by the steps that hold facts (value, origin, assess,
// risk) and by ctx.engines, so an author writes the same table for both. Names are the core's.
#include <algorithm>
#include <cstddef>

#include "script/lua_build.h"

namespace clearance::script {

namespace {

using core::Currency;
using Type = LuaValue::Type;

template <class E, class NameFn>
Choices<E> choices_by(const std::vector<E>& all, NameFn name) {
    Choices<E> out;
    for (E e : all) out.emplace_back(name(e), e);
    return out;
}

const Choices<core::Incoterm>& incoterms() {
    static const Choices<core::Incoterm> c = choices_by<core::Incoterm>(
        {core::Incoterm::EXW, core::Incoterm::FCA, core::Incoterm::FAS, core::Incoterm::FOB, core::Incoterm::CFR,
         core::Incoterm::CPT, core::Incoterm::CIF, core::Incoterm::CIP, core::Incoterm::DAP, core::Incoterm::DPU,
         core::Incoterm::DDP},
        core::incoterm_name);
    return c;
}

const Choices<core::CostKind>& cost_kinds() {
    static const Choices<core::CostKind> c = choices_by(core::all_cost_kinds(), core::cost_kind_name);
    return c;
}

const Choices<core::Relationship>& relationships() {
    using R = core::Relationship;
    static const Choices<R> c = choices_by<R>(
        {R::none, R::officers_or_directors, R::legal_partners, R::employer_employee, R::voting_shares_5pct,
         R::one_controls_other, R::both_controlled_by_third, R::together_control_third, R::same_family},
        core::relationship_name);
    return c;
}

const Choices<core::Rounding> roundings = {{"half_up", core::Rounding::half_up},
                                           {"half_even", core::Rounding::half_even}};
const Choices<core::ValuationBasis> valuation_bases = {{"cif", core::ValuationBasis::cif},
                                                       {"fob", core::ValuationBasis::fob}};

const Choices<core::WhollyObtained> wholly_obtained_kinds = {
    {"no", core::WhollyObtained::no},
    {"grown_and_harvested", core::WhollyObtained::grown_and_harvested},
    {"born_and_raised", core::WhollyObtained::born_and_raised},
    {"mined", core::WhollyObtained::mined},
    {"caught_by_national_vessel", core::WhollyObtained::caught_by_national_vessel},
    {"waste_from_production", core::WhollyObtained::waste_from_production}};

const Choices<core::Processing> processing_kinds = {
    {"manufacture", core::Processing::manufacture},
    {"packing", core::Processing::packing},
    {"labelling", core::Processing::labelling},
    {"sorting", core::Processing::sorting},
    {"simple_mixing", core::Processing::simple_mixing},
    {"simple_assembly", core::Processing::simple_assembly},
    {"preservation_for_transport", core::Processing::preservation_for_transport}};

const Choices<core::CtcLevel> ctc_levels = {
    {"none", core::CtcLevel::none},       {"chapter", core::CtcLevel::chapter},
    {"heading", core::CtcLevel::heading}, {"subheading", core::CtcLevel::subheading},
    {"CC", core::CtcLevel::chapter},      {"CTH", core::CtcLevel::heading},
    {"CTSH", core::CtcLevel::subheading}};

const Choices<core::ValueTest> value_tests = {{"none", core::ValueTest::none},
                                              {"rvc_build_down", core::ValueTest::rvc_build_down},
                                              {"rvc_build_up", core::ValueTest::rvc_build_up},
                                              {"max_non_originating", core::ValueTest::max_non_originating}};
const Choices<core::RuleJoin> rule_joins = {{"either", core::RuleJoin::either}, {"both", core::RuleJoin::both}};
const Choices<core::ValueBasis> value_bases = {{"ex_works", core::ValueBasis::ex_works},
                                               {"fob", core::ValueBasis::fob}};
const Choices<core::Cumulation> cumulations = {{"none", core::Cumulation::none},
                                               {"bilateral", core::Cumulation::bilateral},
                                               {"diagonal", core::Cumulation::diagonal}};

const Choices<core::DutyKind> duty_kinds = {{"none", core::DutyKind::none},
                                            {"ad_valorem", core::DutyKind::ad_valorem},
                                            {"specific", core::DutyKind::specific},
                                            {"compound", core::DutyKind::compound},
                                            {"higher_of", core::DutyKind::higher_of}};
const Choices<core::ExciseKind> excise_kinds = {{"none", core::ExciseKind::none},
                                                {"specific", core::ExciseKind::specific},
                                                {"ad_valorem", core::ExciseKind::ad_valorem}};
const Choices<core::ExciseBase> excise_bases = {{"customs_value", core::ExciseBase::customs_value},
                                                {"duty_paid_value", core::ExciseBase::duty_paid_value},
                                                {"declared_amount", core::ExciseBase::declared_amount}};
const Choices<core::Unit> units = {{"item", core::Unit::item},
                                   {"kg", core::Unit::kg},
                                   {"litre", core::Unit::litre},
                                   {"litre_pure_alcohol", core::Unit::litre_pure_alcohol}};

const Choices<core::Channel>& channels() {
    static const Choices<core::Channel> c = choices_by<core::Channel>(
        {core::Channel::green, core::Channel::blue, core::Channel::yellow, core::Channel::red}, core::channel_id);
    return c;
}

const Choices<core::Indicator>& indicator_choices() {
    static const Choices<core::Indicator> c = [] {
        Choices<core::Indicator> out;
        for (std::size_t i = 0; i < core::indicator_count; ++i) {
            const auto ind = static_cast<core::Indicator>(i);
            out.emplace_back(core::indicator_id(ind), ind);
        }
        return out;
    }();
    return c;
}

// The currency of the first of these amount fields written with a code: the context of bare ones.
std::optional<Currency> anchor_currency(const LuaValue& v, std::initializer_list<std::string_view> names) {
    for (std::string_view n : names) {
        const LuaValue* f = v.field(n);
        if (f && f->type == Type::string) {
            if (auto m = core::Money::try_parse(f->string)) return m->currency();
        }
    }
    return std::nullopt;
}

template <class T>
void set_if(std::optional<T> v, T& out) {
    if (v) out = std::move(*v);
}

core::OriginRule read_rule(ReadContext& cx, const LuaValue& v, const std::string& path, int line) {
    core::OriginRule r;
    Fields f(cx, v, path, line,
             {"wholly_obtained_only", "ctc", "tolerance_percent", "value_test", "value_percent", "join"});
    set_if(f.boolean("wholly_obtained_only"), r.wholly_obtained_only);
    set_if(f.choice("ctc", ctc_levels), r.ctc);
    set_if(f.decimal("tolerance_percent"), r.tolerance_percent);
    set_if(f.choice("value_test", value_tests), r.value_test);
    set_if(f.decimal("value_percent"), r.value_percent);
    set_if(f.choice("join", rule_joins), r.join);
    if (r.value_test != core::ValueTest::none && !f.has("value_percent"))
        f.error("value_percent", "is required when value_test is set");
    f.finish();
    return r;
}

void read_named_charges(const Fields& f, std::string_view name, const Currency* context,
                        std::vector<core::NamedCharge>& out) {
    f.each(name, [&](const LuaValue& item, const std::string& path, int line) {
        Fields c(f.cx(), item, path, line, {"label", "amount"});
        core::NamedCharge charge;
        charge.label = c.string_or("label");
        set_if(c.money("amount", context, true), charge.amount);
        c.finish();
        out.push_back(std::move(charge));
    });
}

core::SpecificRate read_specific(ReadContext& cx, const LuaValue& v, const Currency* context, const std::string& path,
                                 int line) {
    core::SpecificRate s;
    Fields f(cx, v, path, line, {"amount", "per", "unit"});
    set_if(f.money("amount", context, true), s.amount);
    set_if(f.decimal("per"), s.per);
    set_if(f.choice("unit", units, true), s.unit);
    f.finish();
    return s;
}

}  // namespace

// ---- valuation -------------------------------------------------------------------------------

std::optional<core::ValuationFacts> read_valuation_facts(ReadContext& cx, const LuaValue& v, const std::string& path,
                                                         int line) {
    const std::size_t errors_before = core::count_errors(cx.diagnostics);
    core::ValuationFacts facts;
    Fields f(cx, v, path, line,
             {"price", "incoterm", "incoterm_place", "national", "rates", "basis", "rounding", "costs",
              "circumstances", "other_methods"});
    if (!f.valid()) return std::nullopt;
    const std::optional<Currency> context = anchor_currency(v, {"price"});
    const Currency* ctx = context ? &*context : nullptr;
    set_if(f.money("price", nullptr, true), facts.price);
    set_if(f.choice("incoterm", incoterms()), facts.incoterm);
    facts.incoterm_place = f.string_or("incoterm_place");
    set_if(f.currency("national", true), facts.national);
    if (const LuaValue* rates = f.table("rates")) {
        for (const auto& [code, rate] : rates->fields) {
            const std::string at = core::field_path_key(f.path_of("rates"), code);
            auto currency = core::Currency::find(code);
            if (!currency) {
                cx.error(f.line(), at, "\"" + code + "\" is not an ISO 4217 currency code");
                continue;
            }
            if (auto d = read_decimal(cx, rate, at, f.line())) facts.rates.push_back({*currency, *d});
        }
        if (!rates->items.empty())
            cx.error(f.line(), f.path_of("rates"), "write rates by currency: rates = { USD = \"0.92\" }");
    }
    set_if(f.choice("basis", valuation_bases), facts.basis);
    set_if(f.choice("rounding", roundings), facts.conversion_rounding);
    f.each("costs", [&](const LuaValue& item, const std::string& at, int l) {
        Fields c(cx, item, at, l,
                 {"id", "kind", "label", "amount", "in_price", "shown_separately", "lot_quantity", "total_quantity",
                  "granted"});
        core::CostItem cost;
        cost.id = c.string_or("id");
        if (!c.has("id")) c.error("id", "is required (the worksheet refers to the cost by it)");
        set_if(c.choice("kind", cost_kinds(), true), cost.kind);
        cost.label = c.string_or("label");
        set_if(c.money("amount", ctx, true), cost.amount);
        if (auto b = c.boolean("in_price")) cost.in_price = *b;
        set_if(c.boolean("shown_separately"), cost.shown_separately);
        if (auto d = c.decimal("lot_quantity")) cost.lot_quantity = *d;
        if (auto d = c.decimal("total_quantity")) cost.total_quantity = *d;
        if (cost.lot_quantity.has_value() != cost.total_quantity.has_value())
            c.error(cost.lot_quantity ? "total_quantity" : "lot_quantity",
                    "lot_quantity and total_quantity go together: give both or neither");
        set_if(c.boolean("granted"), cost.granted);
        c.finish();
        facts.costs.push_back(std::move(cost));
    });
    if (const LuaValue* circ = f.table("circumstances")) {
        Fields c(cx, *circ, f.path_of("circumstances"), f.line(),
                 {"sold_for_export", "relationship", "relationship_influenced_price", "test_value_approximated",
                  "restrictions_on_use", "unquantifiable_condition", "unquantifiable_proceeds"});
        core::SaleCircumstances& s = facts.circumstances;
        set_if(c.boolean("sold_for_export"), s.sold_for_export);
        set_if(c.choice("relationship", relationships()), s.relationship);
        set_if(c.boolean("relationship_influenced_price"), s.relationship_influenced_price);
        set_if(c.boolean("test_value_approximated"), s.test_value_approximated);
        set_if(c.boolean("restrictions_on_use"), s.restrictions_on_use);
        set_if(c.boolean("unquantifiable_condition"), s.unquantifiable_condition);
        set_if(c.boolean("unquantifiable_proceeds"), s.unquantifiable_proceeds);
        c.finish();
    }
    if (const LuaValue* other = f.table("other_methods")) {
        Fields o(cx, *other, f.path_of("other_methods"), f.line(),
                 {"identical_values", "similar_values", "deductive", "computed", "computed_before_deductive",
                  "fallback_value", "fallback_basis"});
        core::OtherMethodsData& m = facts.other_methods;
        auto amounts = [&](std::string_view name, std::vector<core::Money>& out) {
            o.each(name, [&](const LuaValue& item, const std::string& at, int l) {
                if (auto money = read_money(cx, item, ctx, at, l)) out.push_back(*money);
            });
        };
        amounts("identical_values", m.identical_values);
        amounts("similar_values", m.similar_values);
        if (const LuaValue* d = o.table("deductive")) {
            Fields df(cx, *d, o.path_of("deductive"), o.line(),
                      {"unit_resale_price", "profit_and_general_expenses", "local_transport_insurance",
                       "duties_and_taxes", "quantity"});
            core::DeductiveData data;
            set_if(df.money("unit_resale_price", ctx, true), data.unit_resale_price);
            set_if(df.money("profit_and_general_expenses", ctx), data.profit_and_general_expenses);
            set_if(df.money("local_transport_insurance", ctx), data.local_transport_insurance);
            set_if(df.money("duties_and_taxes", ctx), data.duties_and_taxes);
            set_if(df.decimal("quantity", true), data.quantity);
            df.finish();
            m.deductive = data;
        }
        if (const LuaValue* d = o.table("computed")) {
            Fields cf(cx, *d, o.path_of("computed"), o.line(),
                      {"materials_and_processing", "profit_and_general_expenses", "transport_to_importation"});
            core::ComputedData data;
            set_if(cf.money("materials_and_processing", ctx, true), data.materials_and_processing);
            set_if(cf.money("profit_and_general_expenses", ctx), data.profit_and_general_expenses);
            set_if(cf.money("transport_to_importation", ctx), data.transport_to_importation);
            cf.finish();
            m.computed = data;
        }
        set_if(o.boolean("computed_before_deductive"), m.computed_before_deductive);
        if (auto money = o.money("fallback_value", ctx)) m.fallback_value = *money;
        m.fallback_basis = o.string_or("fallback_basis");
        o.finish();
    }
    f.finish();
    if (core::count_errors(cx.diagnostics) != errors_before) return std::nullopt;
    return facts;
}

// ---- origin ----------------------------------------------------------------------------------

std::optional<core::OriginCase> read_origin_case(ReadContext& cx, const LuaValue& v, const std::string& path,
                                                 int line) {
    const std::size_t errors_before = core::count_errors(cx.diagnostics);
    core::OriginCase c;
    Fields f(cx, v, path, line,
             {"product", "hs_code", "country", "ex_works_price", "fob_price", "materials", "wholly_obtained",
              "processing", "transport", "rule"});
    if (!f.valid()) return std::nullopt;
    const std::optional<Currency> context = anchor_currency(v, {"ex_works_price", "fob_price"});
    const Currency* ctx = context ? &*context : nullptr;
    c.product = f.string_or("product");
    if (!f.has("product")) f.error("product", "is required");
    if (auto code = f.hs_code("hs_code")) c.hs_code = *code;
    c.country = f.string_or("country");
    if (!f.has("country")) f.error("country", "is required");
    if (auto m = f.money("ex_works_price", ctx)) c.ex_works_price = *m;
    if (auto m = f.money("fob_price", ctx)) c.fob_price = *m;
    f.each("materials", [&](const LuaValue& item, const std::string& at, int l) {
        Fields m(cx, item, at, l, {"description", "hs_code", "value", "originating", "country"});
        core::Material mat;
        mat.description = m.string_or("description");
        if (auto code = m.hs_code("hs_code")) mat.hs_code = *code;
        set_if(m.money("value", ctx, true), mat.value);
        set_if(m.boolean("originating"), mat.originating);
        mat.country = m.string_or("country");
        m.finish();
        c.materials.push_back(std::move(mat));
    });
    set_if(f.choice("wholly_obtained", wholly_obtained_kinds), c.wholly_obtained);
    f.each("processing", [&](const LuaValue& item, const std::string& at, int l) {
        core::ProcessStep step;
        if (item.type == Type::string) {
            step.description = item.string;
        } else {
            Fields p(cx, item, at, l, {"description", "kind"});
            step.description = p.string_or("description");
            set_if(p.choice("kind", processing_kinds), step.kind);
            p.finish();
        }
        c.processing.push_back(std::move(step));
    });
    if (const LuaValue* t = f.table("transport")) {
        Fields tf(cx, *t, f.path_of("transport"), f.line(),
                  {"transit_countries", "processed_in_transit", "transit_proof"});
        c.transport.transit_countries = tf.strings("transit_countries");
        set_if(tf.boolean("processed_in_transit"), c.transport.processed_in_transit);
        set_if(tf.boolean("transit_proof"), c.transport.transit_proof);
        tf.finish();
    }
    if (const LuaValue* r = f.table("rule")) c.rule = read_rule(cx, *r, f.path_of("rule"), f.line());
    f.finish();
    if (core::count_errors(cx.diagnostics) != errors_before) return std::nullopt;
    return c;
}

std::optional<core::Agreement> read_agreement(ReadContext& cx, const LuaValue& v, const std::string& path, int line) {
    if (v.type == Type::string) {
        if (v.string == "non_preferential") return core::non_preferential_agreement();
        cx.error(line, path, v.describe() + " is not an agreement: write \"non_preferential\" or a table { name = ... }");
        return std::nullopt;
    }
    const std::size_t errors_before = core::count_errors(cx.diagnostics);
    core::Agreement a;
    Fields f(cx, v, path, line,
             {"name", "preferential", "parties", "cumulation", "diagonal_countries", "direct_transport_required",
              "basis", "default_rule", "product_rules"});
    if (!f.valid()) return std::nullopt;
    a.name = f.string_or("name");
    if (!f.has("name")) f.error("name", "is required");
    set_if(f.boolean("preferential"), a.preferential);
    a.parties = f.strings("parties");
    set_if(f.choice("cumulation", cumulations), a.cumulation);
    a.diagonal_countries = f.strings("diagonal_countries");
    set_if(f.boolean("direct_transport_required"), a.direct_transport_required);
    set_if(f.choice("basis", value_bases), a.basis);
    if (const LuaValue* r = f.table("default_rule")) a.default_rule = read_rule(cx, *r, f.path_of("default_rule"), f.line());
    f.each("product_rules", [&](const LuaValue& item, const std::string& at, int l) {
        Fields p(cx, item, at, l, {"code", "rule"});
        auto code = p.hs_code("code", true);
        const LuaValue* r = p.table("rule", true);
        if (code && r) a.product_rules.push_back({*code, read_rule(cx, *r, p.path_of("rule"), p.line())});
        p.finish();
    });
    f.finish();
    if (core::count_errors(cx.diagnostics) != errors_before) return std::nullopt;
    return a;
}

// ---- tariff ----------------------------------------------------------------------------------

std::optional<core::TaxFacts> read_tax_facts(ReadContext& cx, const LuaValue& v, const std::string& path, int line) {
    const std::size_t errors_before = core::count_errors(cx.diagnostics);
    core::TaxFacts t;
    Fields f(cx, v, path, line,
             {"customs_value", "quantities", "duty", "excise", "other_charges", "costs_to_destination", "vat_rate",
              "rounding"});
    if (!f.valid()) return std::nullopt;
    const std::optional<Currency> context = anchor_currency(v, {"customs_value"});
    const Currency* ctx = context ? &*context : nullptr;
    set_if(f.money("customs_value", nullptr, true), t.customs_value);
    if (const LuaValue* q = f.table("quantities")) {
        Fields qf(cx, *q, f.path_of("quantities"), f.line(),
                  {"items", "net_kg", "litres", "litres_per_item", "alcohol_strength"});
        if (auto d = qf.decimal("items")) t.quantities.items = *d;
        if (auto d = qf.decimal("net_kg")) t.quantities.net_kg = *d;
        if (auto d = qf.decimal("litres")) t.quantities.litres = *d;
        if (auto d = qf.decimal("litres_per_item")) t.quantities.litres_per_item = *d;
        if (auto d = qf.rate("alcohol_strength")) t.quantities.alcohol_strength = *d;
        qf.finish();
    }
    if (const LuaValue* duty = f.get("duty")) {
        if (duty->type == Type::string || duty->type == Type::number) {
            if (auto d = f.rate("duty")) t.duty = core::DutyRate{core::DutyKind::ad_valorem, *d, {}};
        } else {
            Fields df(cx, *duty, f.path_of("duty"), f.line(), {"kind", "ad_valorem", "specific"});
            set_if(df.choice("kind", duty_kinds, true), t.duty.kind);
            set_if(df.rate("ad_valorem"), t.duty.ad_valorem);
            if (const LuaValue* s = df.table("specific"))
                t.duty.specific = read_specific(cx, *s, ctx, df.path_of("specific"), df.line());
            const bool needs_specific = t.duty.kind == core::DutyKind::specific ||
                                        t.duty.kind == core::DutyKind::compound ||
                                        t.duty.kind == core::DutyKind::higher_of;
            if (needs_specific && !df.has("specific")) df.error("specific", "is required for this kind of duty");
            df.finish();
        }
    }
    if (const LuaValue* e = f.table("excise")) {
        Fields ef(cx, *e, f.path_of("excise"), f.line(), {"kind", "specific", "ad_valorem", "base", "declared_base"});
        set_if(ef.choice("kind", excise_kinds, true), t.excise.kind);
        if (const LuaValue* s = ef.table("specific"))
            t.excise.specific = read_specific(cx, *s, ctx, ef.path_of("specific"), ef.line());
        if (t.excise.kind == core::ExciseKind::specific && !ef.has("specific"))
            ef.error("specific", "is required for a specific excise");
        set_if(ef.rate("ad_valorem"), t.excise.ad_valorem);
        set_if(ef.choice("base", excise_bases), t.excise.base);
        set_if(ef.money("declared_base", ctx), t.excise.declared_base);
        ef.finish();
    }
    read_named_charges(f, "other_charges", ctx, t.other_charges);
    read_named_charges(f, "costs_to_destination", ctx, t.costs_to_destination);
    if (auto d = f.rate("vat_rate")) t.vat_rate = *d;
    set_if(f.choice("rounding", roundings), t.rounding);
    f.finish();
    if (core::count_errors(cx.diagnostics) != errors_before) return std::nullopt;
    return t;
}

// ---- risk ------------------------------------------------------------------------------------

std::optional<std::vector<core::Indicator>> read_indicators(ReadContext& cx, const LuaValue& v,
                                                            const std::string& path, int line) {
    if (!v.is_table() || !v.fields.empty() || !v.stray_keys.empty()) {
        cx.error(line, path, "expected a list of indicator ids, got " + v.describe());
        return std::nullopt;
    }
    std::vector<core::Indicator> out;
    bool ok = true;
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        const std::string at = core::field_path_index(path, static_cast<long long>(i + 1));
        const LuaValue& item = v.items[i];
        auto parsed = item.type == Type::string ? core::parse_indicator(item.string) : std::nullopt;
        if (parsed) {
            out.push_back(*parsed);
            continue;
        }
        std::vector<std::string_view> names;
        for (const auto& c : indicator_choices()) names.push_back(c.first);
        cx.error(line, at, item.describe() + " is not one of " + list_choices(names));
        ok = false;
    }
    if (!ok) return std::nullopt;
    return out;
}

std::optional<core::RiskFacts> read_risk_facts(ReadContext& cx, const LuaValue& v, const std::string& path, int line) {
    const std::size_t errors_before = core::count_errors(cx.diagnostics);
    core::RiskFacts r;
    Fields f(cx, v, path, line,
             {"declared_unit_price", "reference_unit_price", "importer_prior_declarations", "importer_prior_offences",
              "aeo", "description", "flags"});
    if (!f.valid()) return std::nullopt;
    const std::optional<Currency> context = anchor_currency(v, {"declared_unit_price", "reference_unit_price"});
    const Currency* ctx = context ? &*context : nullptr;
    if (auto m = f.money("declared_unit_price", ctx)) r.declared_unit_price = *m;
    if (auto m = f.money("reference_unit_price", ctx)) r.reference_unit_price = *m;
    if (auto n = f.integer("importer_prior_declarations")) r.importer_prior_declarations = static_cast<int>(*n);
    if (auto n = f.integer("importer_prior_offences")) r.importer_prior_offences = static_cast<int>(*n);
    set_if(f.boolean("aeo"), r.aeo);
    r.description = f.string_or("description");
    if (const LuaValue* flags = f.get("flags")) {
        if (auto list = read_indicators(cx, *flags, f.path_of("flags"), f.line())) r.flags = *list;
    }
    f.finish();
    if (core::count_errors(cx.diagnostics) != errors_before) return std::nullopt;
    return r;
}

std::optional<core::RiskProfile> read_risk_profile(ReadContext& cx, const LuaValue& v, const std::string& path,
                                                   int line) {
    const std::size_t errors_before = core::count_errors(cx.diagnostics);
    core::RiskProfile p = core::RiskProfile::standard();
    Fields f(cx, v, path, line,
             {"weights", "yellow_threshold", "red_threshold", "use_blue", "blue_threshold", "random_channel",
              "price_floor_percent", "new_importer_below"});
    if (!f.valid()) return std::nullopt;
    if (const LuaValue* w = f.table("weights")) {
        for (const auto& [id, weight] : w->fields) {
            const std::string at = core::field_path_key(f.path_of("weights"), id);
            auto ind = core::parse_indicator(id);
            if (!ind) {
                std::vector<std::string_view> names;
                for (const auto& c : indicator_choices()) names.push_back(c.first);
                cx.error(f.line(), at, "\"" + id + "\" is not one of " + list_choices(names));
            } else if (weight.type != Type::number || !weight.is_integer) {
                cx.error(f.line(), at, "expected a whole number of points, got " + weight.describe());
            } else {
                p.set_weight(*ind, static_cast<int>(weight.integer));
            }
        }
    }
    auto whole = [&](std::string_view name, int& out) {
        if (auto n = f.integer(name)) out = static_cast<int>(*n);
    };
    whole("yellow_threshold", p.yellow_threshold);
    whole("red_threshold", p.red_threshold);
    set_if(f.boolean("use_blue"), p.use_blue);
    whole("blue_threshold", p.blue_threshold);
    set_if(f.choice("random_channel", channels()), p.random_channel);
    whole("price_floor_percent", p.price_floor_percent);
    whole("new_importer_below", p.new_importer_below);
    f.finish();
    if (core::count_errors(cx.diagnostics) != errors_before) return std::nullopt;
    return p;
}

}  // namespace clearance::script
