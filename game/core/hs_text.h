// Text folding for HS search: what makes "Cafés", "cafe" and "CAFE" the same word, and
// "coffees", "boxes", "berries", "knives" the same as their singular.
//
// Used by the search index (hs_search.cpp) on the descriptions and on each query, so both sides
// fold identically; the HS browser may use it to highlight matches. Everything here is pure and
// locale-independent: the output is plain lower-case ASCII whatever the input, and invalid UTF-8
// never throws (bad bytes become separators).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace clearance::core {

// Lower-case ASCII with Latin accents removed: "Café Ÿ Straße" -> "cafe y strasse". Latin-1 and
// Latin Extended-A letters map to their base letters (æ -> ae, œ -> oe, ß -> ss, ł -> l);
// combining accents (U+0300..U+036F) are dropped; any other non-ASCII character and any invalid
// UTF-8 byte becomes a space. ASCII punctuation is kept.
std::string fold_text(std::string_view utf8);

// The words of a text: fold_text() split on everything that is not a letter or digit.
// "T-shirts, of cotton" -> {"t", "shirts", "of", "cotton"}.
std::vector<std::string> hs_words(std::string_view utf8);

// The singular of one folded word, by a short fixed list of rules applied in this order:
//   1. irregular plurals from a small table (knives -> knife, women -> woman, tomatoes -> tomato,
//      gases -> gas); words that end in -s but are singular stay (lens, species, molasses);
//   2. words of 3 letters or fewer, and words ending in -ss, -us or -is, are left alone;
//   3. -ies -> -y (berries -> berry), when at least 5 letters long;
//   4. -sses, -xes, -ches, -shes, -zzes lose -es (glasses -> glass, boxes -> box);
//   5. any other final -s goes (coffees -> coffee, smartphones -> smartphone).
// The rules are crude on purpose: both the index and the query go through them, so a wrong
// "singular" ("specy") still matches itself, and a trainee can predict what matches.
std::string fold_plural(std::string_view word);

}  // namespace clearance::core
