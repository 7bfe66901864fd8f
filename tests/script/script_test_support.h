// Helpers shared by the script layer's tests: a stand-in `scenario{}` constructor (the real ones
// come with the scenario loader), a clean scenario, and generated scenario-like sources.
#pragma once

#include <filesystem>
#include <string>

#include "script/sandbox.h"

namespace clearance::script::test {

// scenario{...}: returns its table unchanged. Stack: (t) -> t.
inline int scenario_identity(lua_State* L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    return 1;
}

inline RunResult register_scenario(Sandbox& sandbox) {
    return sandbox.register_function("scenario", scenario_identity);
}

inline std::filesystem::path hostile_dir() {
    return std::filesystem::path(CLEARANCE_TEST_DATA) / "script" / "hostile";
}

// A small, well-formed scenario in the shape DESIGN.md section 3 describes.
inline const char* clean_scenario_source() {
    return R"lua(
-- A clean scenario: loads right after each hostile file.
local function money(amount, currency) return { amount = amount, currency = currency } end
return scenario{
  id = "clean-royalty",
  version = 1,
  title = { en = "Royalties in the customs value", fr = "Redevances et valeur en douane" },
  topic = "valuation",
  steps = {
    { kind = "brief", text = { en = "Read the licence agreement.", fr = "Lisez le contrat." } },
    { kind = "value", price = money(12000, "EUR"), royalty = money(600, "EUR"),
      answer = money(12600, "EUR") },
    { kind = "choose", options = { { text = "Add it", next = "end" }, { text = "Leave it" } } },
  },
}
)lua";
}

// A plain, data-only scenario file of about `lines` lines (tables and strings, as an instructor
// writes them), for measurements and budget margins.
inline std::string scenario_like_source(int lines) {
    std::string s = "return scenario{\n  id = \"generated\",\n  title = { en = \"Generated\", fr = \"Généré\" },\n  steps = {\n";
    int written = 4;
    int step = 0;
    while (written + 8 < lines) {
        ++step;
        s += "    { kind = \"classify\", id = \"s" + std::to_string(step) + "\",\n";
        s += "      text = { en = \"Classify the goods on invoice line " + std::to_string(step) +
             ".\", fr = \"Classez la ligne " + std::to_string(step) + ".\" },\n";
        s += "      answer = \"8517.13\",\n";
        s += "      options = { \"8517.13\", \"8517.14\", \"8471.30\" },\n";
        s += "      explain = { en = \"GIR 1 and 6: heading 85.17, subheading 8517.13.\" },\n";
        s += "      points = " + std::to_string(step % 5 + 1) + ",\n";
        s += "    },\n";
        written += 7;
    }
    s += "  },\n}\n";
    return s;
}

// The same size of file with a generating setup(ctx) the loader will call: loops, string work,
// table building, as a generated scenario does.
inline std::string generated_scenario_source(int lines) {
    std::string s = R"lua(
local function pick(list, n) return list[(n % #list) + 1] end
local goods = { "smartphones", "laptops", "coffee", "bicycles", "wine", "steel tubes" }
local function setup(ctx)
  local lines = {}
  for i = 1, 40 do
    local qty = (i * 7) % 13 + 1
    local price = (i * 37) % 500 + 10.5
    lines[#lines + 1] = { goods = pick(goods, i), qty = qty, price = price,
                          total = qty * price, text = string.format("%d x %s", qty, pick(goods, i)) }
  end
  table.sort(lines, function(a, b) return a.total > b.total end)
  local sum = 0
  for _, l in ipairs(lines) do sum = sum + l.total end
  return { lines = lines, sum = sum, label = table.concat({ "invoice", #lines, "lines" }, " ") }
end
local facts = setup({})
)lua";
    s += scenario_like_source(lines - 20).substr(std::string("return ").size()).insert(0, "local data = ");
    s += "data.setup = setup\ndata.facts = facts\nreturn data\n";
    return s;
}

}  // namespace clearance::script::test
