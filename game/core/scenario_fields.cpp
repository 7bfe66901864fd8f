#include "core/scenario_fields.h"

#include "core/feedback_text.h"

#include <cctype>

namespace clearance::core {

// ---- document kinds --------------------------------------------------------------------------

const char* transport_kind_id(TransportKind k) {
    return k == TransportKind::air_waybill ? "air_waybill" : "bill_of_lading";
}

std::optional<TransportKind> parse_transport_kind(std::string_view id) {
    if (id == "bill_of_lading") return TransportKind::bill_of_lading;
    if (id == "air_waybill") return TransportKind::air_waybill;
    return std::nullopt;
}

std::string_view document_type_id(const Document& d) {
    switch (d.kind()) {
        case DocumentKind::invoice: return "invoice";
        case DocumentKind::packing_list: return "packing_list";
        case DocumentKind::transport: return transport_kind_id(std::get<TransportDocument>(d.content).kind);
        case DocumentKind::certificate_of_origin: return "certificate_of_origin";
        case DocumentKind::declaration: return "declaration";
        case DocumentKind::product_sheet: return "product_sheet";
        case DocumentKind::memo: return "memo";
    }
    return "memo";
}

namespace {

// An engine word of a label or a title in `lang`, from the phrase table; English when it has none
// (the coverage test in test_scenario.cpp keeps every part in the table).
std::string word(std::string_view english, std::string_view lang) {
    return find_phrase(english, lang).value_or(std::string(english));
}

const char* kind_title(const Document& d) {
    switch (d.kind()) {
        case DocumentKind::invoice: return "Commercial invoice";
        case DocumentKind::packing_list: return "Packing list";
        case DocumentKind::transport:
            return std::get<TransportDocument>(d.content).kind == TransportKind::air_waybill ? "Air waybill"
                                                                                            : "Bill of lading";
        case DocumentKind::certificate_of_origin: return "Certificate of origin";
        case DocumentKind::declaration: return "Customs declaration";
        case DocumentKind::product_sheet: return "Product examination";
        case DocumentKind::memo: return "Memo";
    }
    return "Document";
}

}  // namespace

std::string document_title(const Document& d, std::string_view lang, std::string_view label_lang) {
    if (!d.title.empty()) return d.title.get(lang);
    return word(kind_title(d), label_lang.empty() ? lang : label_lang);
}

namespace {

// ---- field builder ---------------------------------------------------------------------------

std::string amount(const Money& m) { return m.is_zero() && m.currency().empty() ? "" : m.format_amount(); }
std::string amount_with_code(const std::optional<Money>& m) { return m ? m->to_string() : ""; }
std::string number(const Decimal& d) { return d.to_grouped(); }
std::string number(const std::optional<Decimal>& d) { return d ? d->to_grouped() : ""; }

// Labels are given in English, part by part, and each part is shown in the label language: the
// French label is composed of French parts ("Vendeur · Nom", "Ligne 2 · Quantité"), never
// translated whole.
class Fields {
public:
    Fields(std::string prefix, std::string label_prefix, std::string_view label_lang, std::vector<DocumentField>& out)
        : prefix_(std::move(prefix)), label_(std::move(label_prefix)), lang_(label_lang), out_(out) {}

    void add(std::string_view name, std::string_view label, std::string value) {
        out_.push_back({prefix_ + "." + std::string(name), label_ + word(label, lang_), std::move(value)});
    }
    // A nested group: "seller" with label "Seller" gives "invoice.seller.name", "Seller · Name".
    Fields group(std::string_view name, std::string_view label) const {
        return Fields(prefix_ + "." + std::string(name), label_ + word(label, lang_) + " · ", lang_, out_);
    }
    // Element `i` (0-based here, 1-based in the id and label) of a list.
    Fields item(std::string_view list, std::string_view label, std::size_t i) const {
        const std::string n = std::to_string(i + 1);
        return Fields(prefix_ + "." + std::string(list) + "[" + n + "]", label_ + word(label, lang_) + " " + n + " · ",
                      lang_, out_);
    }
    void list(std::string_view name, std::string_view label, const std::vector<std::string>& values) {
        for (std::size_t i = 0; i < values.size(); ++i) {
            const std::string n = std::to_string(i + 1);
            out_.push_back({prefix_ + "." + std::string(name) + "[" + n + "]", label_ + word(label, lang_) + " " + n,
                            values[i]});
        }
    }
    void party(std::string_view name, std::string_view label, const Party& p) {
        Fields g = group(name, label);
        g.add("name", "Name", p.name);
        g.add("address", "Address", p.address);
        g.add("country", "Country", p.country);
    }

private:
    std::string prefix_;
    std::string label_;
    std::string_view lang_;
    std::vector<DocumentField>& out_;
};

void invoice_fields(const Invoice& d, Fields f) {
    f.add("number", "Invoice number", d.number);
    f.add("date", "Date", d.date);
    f.party("seller", "Seller", d.seller);
    f.party("buyer", "Buyer", d.buyer);
    f.add("incoterm", "Incoterm", d.incoterm ? incoterm_name(*d.incoterm) : "");
    f.add("incoterm_place", "Incoterm place", d.incoterm_place);
    f.add("currency", "Currency", std::string(d.currency.code()));
    for (std::size_t i = 0; i < d.lines.size(); ++i) {
        const InvoiceLine& l = d.lines[i];
        Fields g = f.item("lines", "Line", i);
        g.add("description", "Description", l.description);
        g.add("hs_code", "HS code", l.hs_code);
        g.add("quantity", "Quantity", number(l.quantity));
        g.add("unit", "Unit", l.unit);
        g.add("unit_price", "Unit price", amount(l.unit_price));
        g.add("amount", "Amount", amount(l.amount));
        g.add("origin", "Origin", l.origin);
    }
    for (std::size_t i = 0; i < d.charges.size(); ++i) {
        Fields g = f.item("charges", "Charge", i);
        // "Description", not "Label": a charge's text describes it, and "Label" is the label
        // printed on goods (the examination report), another word in French.
        g.add("label", "Description", d.charges[i].label);
        g.add("amount", "Amount", amount(d.charges[i].amount));
    }
    f.add("total", "Total", amount(d.total));
    f.add("payment_terms", "Payment terms", d.payment_terms);
    f.add("notes", "Notes", d.notes);
}

void packing_fields(const PackingList& d, Fields f) {
    f.add("number", "Packing list number", d.number);
    f.add("date", "Date", d.date);
    f.party("shipper", "Shipper", d.shipper);
    f.party("consignee", "Consignee", d.consignee);
    f.add("invoice_number", "Invoice number", d.invoice_number);
    for (std::size_t i = 0; i < d.lines.size(); ++i) {
        const PackingLine& l = d.lines[i];
        Fields g = f.item("lines", "Line", i);
        g.add("marks", "Marks", l.marks);
        g.add("description", "Description", l.description);
        g.add("packages", "Packages", std::to_string(l.packages));
        g.add("package_type", "Kind of packages", l.package_type);
        g.add("quantity", "Quantity", number(l.quantity));
        g.add("unit", "Unit", l.unit);
        g.add("net_kg", "Net weight (kg)", number(l.net_kg));
        g.add("gross_kg", "Gross weight (kg)", number(l.gross_kg));
    }
    f.add("total_packages", "Total packages", std::to_string(d.total_packages));
    f.add("total_net_kg", "Total net weight (kg)", number(d.total_net_kg));
    f.add("total_gross_kg", "Total gross weight (kg)", number(d.total_gross_kg));
    f.add("marks", "Shipping marks", d.marks);
}

void transport_fields(const TransportDocument& d, Fields f) {
    const bool air = d.kind == TransportKind::air_waybill;
    f.add("number", air ? "Air waybill number" : "Bill of lading number", d.number);
    f.add("date", "Date", d.date);
    f.add("carrier", "Carrier", d.carrier);
    f.add("vessel", air ? "Flight" : "Vessel and voyage", d.vessel);
    f.add("port_of_loading", air ? "Airport of departure" : "Port of loading", d.port_of_loading);
    f.add("port_of_discharge", air ? "Airport of destination" : "Port of discharge", d.port_of_discharge);
    f.add("place_of_delivery", "Place of delivery", d.place_of_delivery);
    f.party("consignor", air ? "Shipper" : "Consignor", d.consignor);
    f.party("consignee", "Consignee", d.consignee);
    f.party("notify", "Notify party", d.notify);
    f.list("containers", "Container", d.containers);
    f.list("seals", "Seal", d.seals);
    f.add("marks", "Marks and numbers", d.marks);
    f.add("description", "Description of goods", d.description);
    f.add("packages", "Number of packages", std::to_string(d.packages));
    f.add("package_type", "Kind of packages", d.package_type);
    f.add("gross_kg", "Gross weight (kg)", number(d.gross_kg));
    f.add("freight_terms", "Freight", d.freight_terms);
}

void certificate_fields(const CertificateOfOrigin& d, Fields f) {
    f.add("number", "Certificate number", d.number);
    f.add("agreement", "Agreement", d.agreement);
    f.party("exporter", "Exporter", d.exporter);
    f.party("consignee", "Consignee", d.consignee);
    f.add("country_of_origin", "Country of origin", d.country_of_origin);
    f.add("transport", "Transport details", d.transport);
    for (std::size_t i = 0; i < d.goods.size(); ++i) {
        const CertificateItem& it = d.goods[i];
        Fields g = f.item("goods", "Item", i);
        g.add("marks", "Marks", it.marks);
        g.add("description", "Description", it.description);
        g.add("hs_code", "HS code", it.hs_code);
        g.add("quantity", "Quantity", it.quantity);
        g.add("invoice_reference", "Invoice", it.invoice_reference);
    }
    f.add("criterion", "Origin criterion", d.criterion);
    f.add("issuing_authority", "Issuing authority", d.issuing_authority);
    f.add("place", "Place", d.place);
    f.add("date", "Date", d.date);
    f.add("stamp", "Stamp", d.stamp);
}

void declaration_fields(const Declaration& d, Fields f) {
    f.add("reference", "Declaration reference", d.reference);
    f.add("date", "Date", d.date);
    f.add("office", "Office of entry", d.office);
    f.party("declarant", "Declarant", d.declarant);
    f.party("importer", "Importer", d.importer);
    f.party("exporter", "Exporter", d.exporter);
    f.add("procedure", "Procedure", d.procedure);
    f.add("incoterm", "Incoterm", d.incoterm ? incoterm_name(*d.incoterm) : "");
    f.add("incoterm_place", "Incoterm place", d.incoterm_place);
    f.add("currency", "Invoice currency", std::string(d.currency.code()));
    f.add("exchange_rate", "Exchange rate", number(d.exchange_rate));
    f.add("transport", "Transport", d.transport);
    for (std::size_t i = 0; i < d.items.size(); ++i) {
        const DeclarationItem& it = d.items[i];
        Fields g = f.item("items", "Item", i);
        g.add("description", "Description", it.description);
        g.add("hs_code", "Commodity code", it.hs_code);
        g.add("origin", "Origin", it.origin);
        g.add("preference", "Preference", it.preference);
        g.add("procedure", "Procedure", it.procedure);
        g.add("quantity", "Quantity", number(it.quantity));
        g.add("unit", "Unit", it.unit);
        g.add("net_kg", "Net mass (kg)", number(it.net_kg));
        g.add("gross_kg", "Gross mass (kg)", number(it.gross_kg));
        g.add("value", "Value", amount_with_code(it.value));
    }
    f.add("total_value", "Total customs value", amount_with_code(d.total_value));
    f.add("notes", "Notes", d.notes);
}

void product_fields(const ProductSheet& d, Fields f) {
    f.add("product", "Product", d.product);
    f.add("brand", "Brand", d.brand);
    f.add("model", "Model", d.model);
    f.add("manufacturer", "Manufacturer", d.manufacturer);
    f.add("label", "Label", d.label);
    f.list("marks", "Mark", d.marks);
    f.list("photos", "Photo", d.photos);
    f.list("serial_numbers", "Serial number", d.serial_numbers);
    f.add("packaging", "Packaging", d.packaging);
}

void memo_fields(const Memo& d, Fields f, std::string_view lang) {
    f.add("from", "From", d.from);
    f.add("to", "To", d.to);
    f.add("date", "Date", d.date);
    f.add("subject", "Subject", d.subject.get(lang));
    f.add("body", "Body", d.body.get(lang));
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

const Document* document_named(const std::vector<Document>& docs, std::string_view id) {
    for (const auto& d : docs)
        if (d.id == id) return &d;
    return nullptr;
}

}  // namespace

std::vector<DocumentField> document_fields(const Document& d, std::string_view lang, std::string_view label_lang) {
    std::vector<DocumentField> out;
    Fields f(d.id, "", label_lang.empty() ? lang : label_lang, out);
    std::visit(
        [&](const auto& c) {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, Invoice>) invoice_fields(c, f);
            else if constexpr (std::is_same_v<T, PackingList>) packing_fields(c, f);
            else if constexpr (std::is_same_v<T, TransportDocument>) transport_fields(c, f);
            else if constexpr (std::is_same_v<T, CertificateOfOrigin>) certificate_fields(c, f);
            else if constexpr (std::is_same_v<T, Declaration>) declaration_fields(c, f);
            else if constexpr (std::is_same_v<T, ProductSheet>) product_fields(c, f);
            else memo_fields(c, f, lang);
        },
        d.content);
    return out;
}

std::optional<DocumentField> find_document_field(const std::vector<Document>& docs, std::string_view field_id,
                                                 std::string_view lang, std::string_view label_lang) {
    field_id = trim(field_id);
    const Document* d = document_named(docs, field_id.substr(0, field_id.find('.')));
    if (!d) return std::nullopt;
    for (auto& f : document_fields(*d, lang, label_lang))
        if (f.id == field_id) return f;
    return std::nullopt;
}

std::optional<std::string> check_field_id(const std::vector<Document>& docs, std::string_view field_id) {
    field_id = trim(field_id);
    const std::size_t dot = field_id.find('.');
    const std::string_view doc_id = field_id.substr(0, dot);
    const Document* d = document_named(docs, doc_id);
    if (!d) return "no document \"" + std::string(doc_id) + "\"";
    if (dot == std::string_view::npos) return "\"" + std::string(field_id) + "\" names a document, not one of its fields";
    for (const auto& f : document_fields(*d))
        if (f.id == field_id) return std::nullopt;
    return std::string(doc_id) + " (" + std::string(document_type_id(*d)) + ") has no field \"" +
           std::string(field_id.substr(dot + 1)) + "\"";
}

}  // namespace clearance::core
