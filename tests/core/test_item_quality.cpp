#include <doctest/doctest.h>

#include "core/item_quality.h"

#include <optional>

using namespace clearance::core;

TEST_SUITE("core") {

TEST_CASE("an item's most serious concern follows the rules of thumb of item analysis") {
    struct Case {
        int responses;
        std::optional<double> facility, discrimination;
        ItemConcern concern;
    };
    const Case cases[] = {
        {4, 0.1, -0.5, ItemConcern::too_few_answers},
        {5, 0.6, -0.1, ItemConcern::key_suspect},  // negative beats everything else
        {30, 0.2, -0.3, ItemConcern::key_suspect},
        {30, 0.25, 0.4, ItemConcern::too_hard},
        {30, 0.29, 0.1, ItemConcern::too_hard},  // too hard is said first
        {30, 0.6, 0.15, ItemConcern::not_discriminating},
        {30, 0.97, 0.3, ItemConcern::too_easy},
        {30, 0.97, 0.1, ItemConcern::not_discriminating},
        {30, 0.6, 0.35, ItemConcern::none},
        {30, 1.0, std::nullopt, ItemConcern::too_easy},  // everyone right: no variance, no correlation
        {30, std::nullopt, std::nullopt, ItemConcern::none},
    };
    for (const Case& c : cases) {
        ItemRow item;
        item.responses = c.responses;
        item.facility = c.facility;
        item.discrimination = c.discrimination;
        CAPTURE(c.responses);
        CAPTURE(c.facility.value_or(-1));
        CAPTURE(c.discrimination.value_or(-9));
        CHECK(item_concern(item) == c.concern);
        CHECK((item_concern_text(c.concern)[0] == '\0') == (c.concern == ItemConcern::none));
    }
}

}  // TEST_SUITE
