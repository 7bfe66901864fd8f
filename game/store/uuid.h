// Name-based UUIDs (RFC 4122 version 5: SHA-1 of a namespace UUID and a name).
//
// Used by the xAPI export, so a statement about the same attempt and step gets the same id at
// every export and a Learning Record Store never stores it twice. Random (version 4) UUIDs for
// new records come from new_uuid() in store.h.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace clearance::store {

// The RFC 4122 namespace for URLs, 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
inline constexpr std::string_view url_namespace = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

// The version-5 UUID of `name` in `namespace_uuid` (lowercase text). Throws
// std::invalid_argument when namespace_uuid is not a UUID.
std::string uuid_v5(std::string_view namespace_uuid, std::string_view name);

// SHA-1 of `data` (FIPS 180-4): only for name-based UUIDs, never for anything secret.
std::array<std::uint8_t, 20> sha1(std::string_view data);

}  // namespace clearance::store
