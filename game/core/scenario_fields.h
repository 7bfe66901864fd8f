// Document fields: every printed field of a scenario document, named by a stable field id, with
// a label and the value as displayed.
//
// Used by inspect steps (their keys name the conflicting fields), the document views (click a
// field to flag it), the inspect answer's validation and the validator (a key naming a field
// that does not exist is an author's mistake). Field ids are `<document id>.<path>`, with
// 1-based indices as in the Lua file that wrote the lines:
//     invoice.number   invoice.seller.country   invoice.lines[2].quantity
//     bl.containers[1] product.serial_numbers[3] memo.body
// Labels are engine words: composed of English parts ("Seller · Name", "Line 2 · Quantity"),
// each part shown in the label language through the phrase table (feedback_text.h), so French
// reads "Vendeur · Nom", "Ligne 2 · Quantité". Values are the scenario's data and are never
// translated; Text values (a memo's subject and body) are shown in the text language.
// Invariants: ids are unique within a scenario (document ids are); the order is the order a
// reader meets the fields on the paper; every fixed field is listed even when empty (a missing
// serial number can be the finding), list elements only as far as the document has them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/scenario_documents.h"

namespace clearance::core {

struct DocumentField {
    std::string id;     // "invoice.lines[2].quantity"
    std::string label;  // "Line 2 · Quantity"
    std::string value;  // as displayed: "1,200", "12.50", "CN"; may be empty
};

// All fields of `d` in reading order; Text fields (a memo's body) are shown in `lang`, labels in
// `label_lang` (the interface language; empty: `lang`).
std::vector<DocumentField> document_fields(const Document& d, std::string_view lang = fallback_language,
                                           std::string_view label_lang = {});

// The field with this id among `docs` (surrounding spaces ignored), or nullopt.
std::optional<DocumentField> find_document_field(const std::vector<Document>& docs, std::string_view field_id,
                                                 std::string_view lang = fallback_language,
                                                 std::string_view label_lang = {});

// Why `field_id` names no field of `docs` ("no document \"invoce\"", "invoice has no field
// \"lines[4].quantity\""), or nullopt when it names one.
std::optional<std::string> check_field_id(const std::vector<Document>& docs, std::string_view field_id);

}  // namespace clearance::core
