// xAPI 1.0.3 statements of every attempt in a store, as a JSON array a Learning Record Store
// accepts (DESIGN.md section 5 and 7).
//
// Used by `clearance export xapi --out FILE` (and later the LRS send queue). Per attempt, in this
// order: launched (at start); answered, one per answer (response and result); and, once the
// attempt is finished, completed and then passed or failed. Actors are identified by an account
// (homePage = the base IRI, name = the profile's UUID), never by an e-mail address.
// Invariant: every statement id is a version-5 UUID derived from the base IRI, the attempt's UUID
// and what the statement says ("launched", "answered/<seq>", "completed", "judged"), so exporting
// twice, or from a merged store, gives the same ids and an LRS never stores a statement twice.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace clearance::store {

class Store;

struct XapiOptions {
    // Activities are <base>/scenarios/<id> and <base>/scenarios/<id>/steps/<step>; extensions are
    // <base>/extensions/<name>. No trailing slash.
    std::string base_iri = "https://clearance.example/xapi";
    // An attempt passes when score / max reaches this. 0.7 is a common exam pass mark; set the
    // centre's own with `--pass`.
    double pass_threshold = 0.7;
    std::string platform = "Clearance";
};

// Writes the JSON array to `sink` in pieces; returns the number of statements.
std::size_t write_xapi(Store& store, const XapiOptions& options, const std::function<void(std::string_view)>& sink);

// Writes the JSON array to `out` atomically (temporary file, then rename); returns the number of
// statements. Throws StoreError (io, disk_full); an existing file is then unchanged.
std::size_t export_xapi(Store& store, const std::filesystem::path& out, const XapiOptions& options);

// "2023-11-14T22:13:20.000Z"
std::string iso8601_timestamp(std::int64_t ms);
// "PT1H2M3.5S", "PT0S": an ISO 8601 duration as xAPI writes them.
std::string iso8601_duration(std::int64_t ms);

}  // namespace clearance::store
