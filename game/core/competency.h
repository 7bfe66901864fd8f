// Competencies: the short dotted ids authors tag steps with (`hs.gir3b`, `cva.art8.royalties`)
// and the names a trainee reads for them on Progress and in the debrief.
//
// The catalogue holds the competencies the bundled scenarios use, in English and French. An
// author may use an id it lacks: it is shown as written, and `clearance lint` says so (a typo in
// an id would otherwise split a trainee's evidence in two without anyone noticing).
#pragma once

#include <string_view>
#include <vector>

namespace clearance::core {

// The name of competency `id` in `lang` ("en", "fr"; other languages get English), or empty when
// the catalogue does not know the id.
std::string_view competency_name(std::string_view id, std::string_view lang);

// Every id in the catalogue, in the catalogue's order (by field of work).
std::vector<std::string_view> known_competencies();

}  // namespace clearance::core
