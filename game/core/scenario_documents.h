// Scenario documents: the papers of a consignment, as typed structs so the UI can lay each one
// out like the paper it imitates (an invoice's line table, a bill of lading's boxes, a
// certificate's numbered fields) and the inspect step can point at single fields.
//
// Used by the scenario model (scenario.h), the script layer's constructors (`invoice{}`,
// `packing_list{}`, `bill_of_lading{}` / `air_waybill{}`, `certificate_of_origin{}`,
// `declaration{}`, `product_sheet{}`, `memo{}`), the document views and document_fields()
// (scenario_fields.h), which names every field for inspect keys and click-to-flag.
// Invariants: documents hold what is printed, including deliberate errors (a line amount that is
// not quantity × unit price, a weight that does not match the bill of lading): nothing here is
// recomputed or corrected. Codes are kept as printed (an HS code "6403.99.00", a country "CN" or
// "China"). Amounts are exact Money, quantities and weights exact Decimals. Free text that a
// trainee reads in their own language (a memo, a document title) is a Text; text that is part
// of the imitated paper (a label, a product description) is printed in one language, as in life.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/money.h"
#include "core/scenario_text.h"
#include "core/valuation.h"

namespace clearance::core {

// A company or person as a document prints it.
struct Party {
    std::string name;
    std::string address;
    std::string country;  // as printed: "CN", "China"
};

struct InvoiceLine {
    std::string description;
    std::string hs_code;  // as printed, possibly wrong; empty when the invoice shows none
    Decimal quantity;
    std::string unit;     // "pairs", "kg", "pcs"
    Money unit_price;
    Money amount;         // as printed; may deliberately differ from quantity × unit price
    std::string origin;   // country of origin as printed
};

// A charge printed under the lines (freight, insurance, packing, a discount as a negative amount).
struct InvoiceCharge {
    std::string label;
    Money amount;
};

struct Invoice {
    std::string number;
    std::string date;  // as printed, ISO 8601 preferred: "2024-03-14"
    Party seller;
    Party buyer;
    std::optional<Incoterm> incoterm;
    std::string incoterm_place;
    Currency currency;
    std::vector<InvoiceLine> lines;
    std::vector<InvoiceCharge> charges;
    Money total;  // as printed
    std::string payment_terms;
    std::string notes;
};

struct PackingLine {
    std::string marks;         // shipping marks of these packages
    std::string description;
    int packages = 0;
    std::string package_type;  // "cartons", "pallets"
    Decimal quantity;
    std::string unit;
    Decimal net_kg;
    Decimal gross_kg;
};

struct PackingList {
    std::string number;
    std::string date;
    Party shipper;
    Party consignee;
    std::string invoice_number;  // the invoice it belongs to, as printed
    std::vector<PackingLine> lines;
    int total_packages = 0;
    Decimal total_net_kg;
    Decimal total_gross_kg;
    std::string marks;  // marks common to the shipment
};

enum class TransportKind { bill_of_lading, air_waybill };

const char* transport_kind_id(TransportKind k);                        // "bill_of_lading", "air_waybill"
std::optional<TransportKind> parse_transport_kind(std::string_view id);  // nullopt when unknown

// A bill of lading (sea) or an air waybill (air); the labels of the shared fields follow the kind
// (port of loading / airport of departure).
struct TransportDocument {
    TransportKind kind = TransportKind::bill_of_lading;
    std::string number;
    std::string date;
    std::string carrier;
    std::string vessel;             // vessel and voyage, or flight number
    std::string port_of_loading;    // or airport of departure
    std::string port_of_discharge;  // or airport of destination
    std::string place_of_delivery;
    Party consignor;
    Party consignee;
    Party notify;
    std::vector<std::string> containers;  // container numbers (sea); empty for loose or air cargo
    std::vector<std::string> seals;
    std::string marks;
    std::string description;  // "said to contain" description of the goods
    int packages = 0;
    std::string package_type;
    Decimal gross_kg;
    std::string freight_terms;  // "freight prepaid", "freight collect"
};

struct CertificateItem {
    std::string marks;
    std::string description;
    std::string hs_code;   // as printed
    std::string quantity;  // as printed: "1,200 pairs", "4,560 kg gross"
    std::string invoice_reference;
};

struct CertificateOfOrigin {
    std::string number;
    std::string agreement;  // "EU-Ghana EPA (EUR.1)", "non-preferential"
    Party exporter;
    Party consignee;
    std::string country_of_origin;
    std::string transport;  // transport details as printed
    std::vector<CertificateItem> goods;
    std::string criterion;  // origin criterion as printed: "P", "W 6403", "wholly obtained"
    std::string issuing_authority;
    std::string place;
    std::string date;
    std::string stamp;      // the stamp's text, as described to the trainee
};

struct DeclarationItem {
    std::string description;
    std::string hs_code;
    std::string origin;
    std::string preference;  // preference claimed, e.g. "EU-Ghana EPA" or "" for MFN
    std::string procedure;   // e.g. "4000"
    Decimal quantity;
    std::string unit;
    std::optional<Decimal> net_kg;
    std::optional<Decimal> gross_kg;
    std::optional<Money> value;  // the item's declared value
};

struct Declaration {
    std::string reference;
    std::string date;
    std::string office;  // customs office of entry
    Party declarant;
    Party importer;
    Party exporter;
    std::string procedure;  // procedure code of the declaration
    std::optional<Incoterm> incoterm;
    std::string incoterm_place;
    Currency currency;                     // invoice currency
    std::optional<Decimal> exchange_rate;  // as declared
    std::string transport;                 // mode and means of transport as declared
    std::vector<DeclarationItem> items;
    std::optional<Money> total_value;      // total customs value declared
    std::string notes;
};

// A product's label, brand marks and appearance: what an officer sees opening a carton. Photos
// are described in words, so a scenario is plain text and the trainee can read every detail.
struct ProductSheet {
    std::string product;
    std::string brand;
    std::string model;
    std::string manufacturer;
    std::string label;                        // the label's printed text
    std::vector<std::string> marks;           // logos, CE, trademarks, "Made in ..." as seen
    std::vector<std::string> photos;          // each photo described
    std::vector<std::string> serial_numbers;
    std::string packaging;                    // the packaging described
};

// A briefing, an instruction or a rule for the trainee, in their language.
struct Memo {
    std::string from;
    std::string to;
    std::string date;
    Text subject;
    Text body;
};

enum class DocumentKind {
    invoice,
    packing_list,
    transport,
    certificate_of_origin,
    declaration,
    product_sheet,
    memo,
};

using DocumentContent =
    std::variant<Invoice, PackingList, TransportDocument, CertificateOfOrigin, Declaration, ProductSheet, Memo>;

struct Document {
    std::string id;  // unique in the scenario; the first part of its field ids ("invoice")
    Text title;      // shown above the paper; document_title() gives a default when empty
    DocumentContent content;

    DocumentKind kind() const { return static_cast<DocumentKind>(content.index()); }
};

// "invoice", "packing_list", "bill_of_lading" or "air_waybill", "certificate_of_origin",
// "declaration", "product_sheet", "memo": the constructor names of the scenario format.
std::string_view document_type_id(const Document& d);
// The document's own title in `lang`, or, when it has none, the name of its kind in `label_lang`
// (the interface language; empty: `lang`): "Commercial invoice", "Facture commerciale".
std::string document_title(const Document& d, std::string_view lang = fallback_language,
                           std::string_view label_lang = {});

}  // namespace clearance::core
