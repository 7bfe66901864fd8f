// setup(ctx): the seeded ctx.rng and ctx.engines as a generated scenario uses them, and the
// constructors' argument checks.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/hs_nomenclature.h"
#include "script/loader.h"

using namespace clearance;
using namespace clearance::script;

namespace {

const core::HsNomenclature& hs() {
    static const core::HsNomenclature nom = core::HsNomenclature::load(CLEARANCE_SOURCE_ROOT "/assets/hs");
    return nom;
}

// A generated scenario whose setup puts `expression` (Lua, with ctx in scope) into the prompt of
// its one brief step, so a test can read what the expression gave.
std::string probe(const std::string& expression, std::uint64_t seed = 1, std::string* error = nullptr) {
    const std::string source =
        "return scenario{ id = \"t/probe\", title = \"Probe\", topic = \"revenue\",\n"
        "  setup = function(ctx)\n"
        "    local value = " + expression + "\n"
        "    local function show(v)\n"
        "      if type(v) ~= 'table' then return tostring(v) end\n"
        "      local keys = {}\n"
        "      for k in pairs(v) do keys[#keys + 1] = tostring(k) end\n"
        "      table.sort(keys)\n"
        "      local parts = {}\n"
        "      for _, k in ipairs(keys) do parts[#parts + 1] = k .. '=' .. show(v[k] == nil and v[tonumber(k)] or v[k]) end\n"
        "      return '{' .. table.concat(parts, ',') .. '}'\n"
        "    end\n"
        "    return { steps = { brief{ id = 'out', prompt = show(value) },\n"
        "                       quiz{ id = 'q', kind = 'numeric', value = 1 } } }\n"
        "  end,\n"
        "}\n";
    LoadOptions o;
    o.hs = &hs();
    o.seeds = {seed};
    o.vet = false;  // many small loads; vetting is covered by the other loader tests
    const LoadResult r = load_scenario_source(source, "probe.lua", o);
    if (!r.ok()) {
        std::string all;
        for (const auto& d : r.diagnostics) all += core::format_diagnostic(d) + "\n";
        if (error) *error = all;
        return "<error>";
    }
    return r.scenario()->steps[0].prompt.get();
}

std::string error_of(const std::string& expression) {
    std::string error;
    probe(expression, 1, &error);
    return error;
}

}  // namespace

TEST_SUITE("script") {

TEST_CASE("ctx.rng draws the same values for the same seed and others for another seed") {
    const std::string draw = "{ ctx.rng.int(1, 1000000), ctx.rng.int(1, 1000000), ctx.rng.int(1, 1000000) }";
    CHECK(probe(draw, 42) == probe(draw, 42));
    CHECK(probe(draw, 42) != probe(draw, 43));
    CHECK(probe("ctx.seed", 42) == "42");
}

TEST_CASE("ctx.rng.int stays within its bounds, both included") {
    std::set<std::string> seen;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) seen.insert(probe("ctx.rng.int(1, 3)", seed));
    CHECK(seen == std::set<std::string>{"1", "2", "3"});
    CHECK(probe("ctx.rng.int(5, 5)") == "5");
    CHECK(probe("ctx.rng.int(-2, -2)") == "-2");
}

TEST_CASE("ctx.rng.pick, chance, shuffle and sample draw from what they are given") {
    CHECK(probe("ctx.rng.pick({ 'only' })") == "only");
    CHECK(probe("ctx.rng.chance(0)") == "false");
    CHECK(probe("ctx.rng.chance(1)") == "true");
    const std::string shuffled = probe("(function() local t = ctx.rng.shuffle({ 1, 2, 3, 4 }); table.sort(t); return t end)()");
    CHECK(shuffled == "{1=1,2=2,3=3,4=4}");
    CHECK(probe("#ctx.rng.sample({ 'a', 'b', 'c', 'd' }, 2)") == "2");
    CHECK(probe("(function() local s = ctx.rng.sample({ 'a', 'b' }, 2); return s[1] ~= s[2] end)()") == "true");
}

TEST_CASE("ctx.rng refuses bad arguments with the function's name") {
    CHECK(error_of("ctx.rng.int(3, 1)").find("bad argument #2 to 'int' (the upper bound must not be below the lower bound)") !=
          std::string::npos);
    CHECK(error_of("ctx.rng.pick({})").find("bad argument #1 to 'pick' (the list is empty)") != std::string::npos);
    CHECK(error_of("ctx.rng.chance(2)").find("bad argument #1 to 'chance'") != std::string::npos);
    CHECK(error_of("ctx.rng.int('a', 2)").find("bad argument #1 to 'int' (number expected, got string)") !=
          std::string::npos);
}

TEST_CASE("ctx.engines compute values, taxes, origin and risk as the core does") {
    CHECK(probe("ctx.engines.customs_value({ price = 'USD 1,000', incoterm = 'CIF', national = 'EUR', "
                "rates = { USD = '0.92' } })") == "EUR 920.00");
    CHECK(probe("ctx.engines.valuation({ price = 'EUR 40,000', national = 'EUR', costs = { "
                "{ id = 'f', kind = 'main_freight', amount = 3100 } } })") ==
          "{method=transaction_value,value=EUR 43,100.00,value_in_invoice=EUR 43,100.00}");
    CHECK(probe("ctx.engines.assess({ customs_value = 'EUR 6,300', duty = '2%', vat_rate = '20%' })") ==
          "{duty=EUR 126.00,excise=EUR 0.00,other_charges=EUR 0.00,total=EUR 1,411.20,vat=EUR 1,285.20,"
          "vat_base=EUR 6,426.00}");
    CHECK(probe("ctx.engines.origin({ product = 'bars', hs_code = '1806.32', country = 'GH', "
                "ex_works_price = 'EUR 100', processing = { 'moulding' }, "
                "materials = { { description = 'paste', hs_code = '1803.10', value = 58 } } }, "
                "{ name = 'FTA', preferential = true, parties = { 'GH' }, "
                "default_rule = { value_test = 'rvc_build_down', value_percent = 40 } }).value_percent") == "42.0");
    CHECK(probe("ctx.engines.risk({ 'intelligence_hit' }).channel") == "red");
    CHECK(probe("ctx.engines.risk({ importer_prior_declarations = 0 }).indicators[1]") == "new_importer");
}

TEST_CASE("ctx.engines do exact money arithmetic and look up HS codes") {
    CHECK(probe("ctx.engines.add('USD 0.10', 'USD 0.20')") == "USD 0.30");
    CHECK(probe("ctx.engines.times('EUR 6,300', '2%')") == "EUR 126.00");
    CHECK(probe("ctx.engines.convert('USD 1,000', 'EUR', '0.92')") == "EUR 920.00");
    CHECK(probe("ctx.engines.amount('EUR 126.50')") == "126.5");
    CHECK(probe("ctx.engines.hs('0901.21')").find("oasted") != std::string::npos);
    CHECK(probe("ctx.engines.hs('8517.15')") == "nil");
}

TEST_CASE("ctx.engines name the argument and the field an author got wrong") {
    CHECK(error_of("ctx.engines.customs_value({ national = 'EUR' })")
              .find("bad argument #1 to 'customs_value' (price: is required)") != std::string::npos);
    CHECK(error_of("ctx.engines.assess({ customs_value = 'EUR 1', duty = { kind = 'adv' } })")
              .find("duty.kind: \"adv\" is not one of \"none\", \"ad_valorem\"") != std::string::npos);
    CHECK(error_of("ctx.engines.add('USD 1', 'EUR 1')").find("probe.lua:") != std::string::npos);
    CHECK(error_of("ctx.engines.customs_value({ price = 'USD 1', national = 'EUR' })").find("USD") !=
          std::string::npos);  // no exchange rate: the engine's own message
}

TEST_CASE("a constructor called without a table names itself") {
    LoadOptions o;
    o.vet = false;
    const LoadResult r = load_scenario_source("return scenario{ id = 'x', title = 'x', topic = 'fraud',\n"
                                              "  steps = { invoice('INV-1') } }",
                                              "ctor.lua", o);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(core::format_diagnostic(r.diagnostics[0]) ==
          "ctor.lua:2: error: bad argument #1 to 'invoice' (table expected, got string)");
}

TEST_CASE("a constructor remembers the line it was called on, also inside setup and helpers") {
    LoadOptions o;
    o.vet = false;
    o.hs = &hs();
    const LoadResult r = load_scenario_source(
        "local function phone_step(id, code)\n"
        "  return classify{ id = id, answer = code }\n"
        "end\n"
        "return scenario{ id = 'x', title = 'x', topic = 'classification',\n"
        "  steps = {\n"
        "    phone_step('a', '8517.13'),\n"
        "    classify{ id = 'b', answer = '85x7' },\n"
        "    phone_step('c', '8517.1x'),\n"
        "  } }",
        "lines.lua", o);
    std::string all;
    for (const auto& d : r.diagnostics) all += core::format_diagnostic(d) + "\n";
    CHECK(all.find("lines.lua:7: error: steps[2].answer: \"85x7\"") != std::string::npos);
    CHECK(all.find("lines.lua:2: error: steps[3].answer") != std::string::npos);
}

}  // TEST_SUITE
