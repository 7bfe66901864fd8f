// CSV of the report tables (RFC 4180: comma-separated, CRLF line ends, a field quoted with
// double quotes when it holds a comma, a quote or a line break, quotes inside doubled).
//
// Used by `clearance report --format csv` and `clearance export csv`. Each function returns one
// table with a header row. Numbers use a dot and no thousands separator; ratios are 0..1 with
// up to 4 decimals; an empty field means "no value" (e.g. no attempt yet).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/progress.h"

namespace clearance::store {

std::string csv_field(std::string_view text);               // quoted only when needed
std::string csv_row(const std::vector<std::string>& fields);  // ends with CRLF

std::string cohort_csv(const std::vector<core::CohortRow>& rows);  // profile, then one column a topic
std::string items_csv(const core::ItemAnalysis& analysis);
std::string options_csv(const core::ItemAnalysis& analysis);
std::string profile_csv(const core::ProfileReport& report);  // topics then competencies
std::string trend_csv(const core::ProfileReport& report);    // finished attempts, oldest first

// "0.875", "12", "" for nullopt: at most `decimals` decimals, trailing zeros dropped.
std::string format_number(double v, int decimals = 4);
std::string format_number(const std::optional<double>& v, int decimals = 4);

}  // namespace clearance::store
