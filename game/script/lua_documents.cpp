// Document constructors' tables -> core::Document (scenario_documents.h). Documents print what is
// on the paper, mistakes included, so nothing is corrected here; the only computed values are the
// defaults the Reference documents (a line's amount, an invoice's total, a packing list's totals)
// when the author leaves them out.
#include <string>

#include "script/lua_build.h"

namespace clearance::script {

namespace {

using Type = LuaValue::Type;

core::Party read_party(const Fields& f, std::string_view name) {
    core::Party p;
    const LuaValue* v = f.get(name);
    if (!v) return p;
    if (v->type == Type::string) {
        p.name = v->string;
        return p;
    }
    Fields pf(f.cx(), *v, f.path_of(name), f.line(), {"name", "address", "country"});
    p.name = pf.string_or("name");
    p.address = pf.string_or("address");
    p.country = pf.string_or("country");
    pf.finish();
    return p;
}

const Choices<core::Incoterm>& incoterm_choices() {
    static const Choices<core::Incoterm> c = [] {
        Choices<core::Incoterm> out;
        for (auto t : {core::Incoterm::EXW, core::Incoterm::FCA, core::Incoterm::FAS, core::Incoterm::FOB,
                       core::Incoterm::CFR, core::Incoterm::CPT, core::Incoterm::CIF, core::Incoterm::CIP,
                       core::Incoterm::DAP, core::Incoterm::DPU, core::Incoterm::DDP})
            out.emplace_back(core::incoterm_name(t), t);
        return out;
    }();
    return c;
}

core::Decimal decimal_or_zero(const Fields& f, std::string_view name) {
    auto d = f.decimal(name);
    return d ? *d : core::Decimal();
}

core::Invoice read_invoice(const Fields& f) {
    core::Invoice inv;
    inv.number = f.string_or("number");
    inv.date = f.string_or("date");
    inv.seller = read_party(f, "seller");
    inv.buyer = read_party(f, "buyer");
    if (auto t = f.choice("incoterm", incoterm_choices())) inv.incoterm = *t;
    inv.incoterm_place = f.string_or("incoterm_place");
    auto currency = f.currency("currency", true);
    if (currency) inv.currency = *currency;
    const core::Currency* ctx = currency ? &*currency : nullptr;
    bool sums_known = currency.has_value();
    core::Money sum = currency ? core::Money::zero(*currency) : core::Money();
    f.each("lines", [&](const LuaValue& item, const std::string& path, int line) {
        Fields l(f.cx(), item, path, line,
                 {"description", "hs_code", "quantity", "unit", "unit_price", "amount", "origin"});
        core::InvoiceLine il;
        il.description = l.string_or("description");
        if (!l.has("description")) l.error("description", "is required");
        il.hs_code = l.string_or("hs_code");
        auto quantity = l.decimal("quantity", true);
        il.unit = l.string_or("unit");
        auto price = l.money("unit_price", ctx, true);
        auto amount = l.money("amount", ctx);
        if (quantity) il.quantity = *quantity;
        if (price) il.unit_price = *price;
        if (amount) {
            il.amount = *amount;
        } else if (quantity && price) {
            try {
                il.amount = price->times(*quantity);
            } catch (const core::MoneyError& e) {
                l.error("amount", std::string("cannot be computed as quantity × unit price: ") + e.what());
            }
        }
        if (!amount && !(quantity && price)) sums_known = false;
        il.origin = l.string_or("origin");
        l.finish();
        try {
            if (sums_known) sum += il.amount;
        } catch (const core::MoneyError&) {
            sums_known = false;  // mixed currencies: reported by the amount's own reader
        }
        inv.lines.push_back(std::move(il));
    });
    f.each("charges", [&](const LuaValue& item, const std::string& path, int line) {
        Fields c(f.cx(), item, path, line, {"label", "amount"});
        core::InvoiceCharge charge;
        charge.label = c.string_or("label");
        auto amount = c.money("amount", ctx, true);
        if (amount) charge.amount = *amount;
        else sums_known = false;
        c.finish();
        try {
            if (sums_known) sum += charge.amount;
        } catch (const core::MoneyError&) {
            sums_known = false;
        }
        inv.charges.push_back(std::move(charge));
    });
    if (auto total = f.money("total", ctx)) inv.total = *total;
    else if (sums_known) inv.total = sum;
    inv.payment_terms = f.string_or("payment_terms");
    inv.notes = f.string_or("notes");
    return inv;
}

core::PackingList read_packing_list(const Fields& f) {
    core::PackingList pl;
    pl.number = f.string_or("number");
    pl.date = f.string_or("date");
    pl.shipper = read_party(f, "shipper");
    pl.consignee = read_party(f, "consignee");
    pl.invoice_number = f.string_or("invoice_number");
    pl.marks = f.string_or("marks");
    int packages = 0;
    core::Decimal net, gross;
    f.each("lines", [&](const LuaValue& item, const std::string& path, int line) {
        Fields l(f.cx(), item, path, line,
                 {"marks", "description", "packages", "package_type", "quantity", "unit", "net_kg", "gross_kg"});
        core::PackingLine pline;
        pline.marks = l.string_or("marks");
        pline.description = l.string_or("description");
        if (auto n = l.integer("packages")) pline.packages = static_cast<int>(*n);
        pline.package_type = l.string_or("package_type");
        pline.quantity = decimal_or_zero(l, "quantity");
        pline.unit = l.string_or("unit");
        pline.net_kg = decimal_or_zero(l, "net_kg");
        pline.gross_kg = decimal_or_zero(l, "gross_kg");
        l.finish();
        packages += pline.packages;
        try {
            net = net + pline.net_kg;
            gross = gross + pline.gross_kg;
        } catch (const core::MoneyError& e) {
            l.error("net_kg", std::string("the weights cannot be added up: ") + e.what());
        }
        pl.lines.push_back(std::move(pline));
    });
    auto total_packages = f.integer("total_packages");
    pl.total_packages = total_packages ? static_cast<int>(*total_packages) : packages;
    auto total_net = f.decimal("total_net_kg");
    pl.total_net_kg = total_net ? *total_net : net;
    auto total_gross = f.decimal("total_gross_kg");
    pl.total_gross_kg = total_gross ? *total_gross : gross;
    return pl;
}

core::TransportDocument read_transport(const Fields& f, core::TransportKind kind) {
    core::TransportDocument t;
    t.kind = kind;
    t.number = f.string_or("number");
    t.date = f.string_or("date");
    t.carrier = f.string_or("carrier");
    t.vessel = f.string_or("vessel");
    t.port_of_loading = f.string_or("port_of_loading");
    t.port_of_discharge = f.string_or("port_of_discharge");
    t.place_of_delivery = f.string_or("place_of_delivery");
    t.consignor = read_party(f, "consignor");
    t.consignee = read_party(f, "consignee");
    t.notify = read_party(f, "notify");
    t.containers = f.strings("containers");
    t.seals = f.strings("seals");
    t.marks = f.string_or("marks");
    t.description = f.string_or("description");
    if (auto n = f.integer("packages")) t.packages = static_cast<int>(*n);
    t.package_type = f.string_or("package_type");
    t.gross_kg = decimal_or_zero(f, "gross_kg");
    t.freight_terms = f.string_or("freight_terms");
    return t;
}

core::CertificateOfOrigin read_certificate(const Fields& f) {
    core::CertificateOfOrigin c;
    c.number = f.string_or("number");
    c.agreement = f.string_or("agreement");
    c.exporter = read_party(f, "exporter");
    c.consignee = read_party(f, "consignee");
    c.country_of_origin = f.string_or("country_of_origin");
    c.transport = f.string_or("transport");
    f.each("goods", [&](const LuaValue& item, const std::string& path, int line) {
        Fields g(f.cx(), item, path, line, {"marks", "description", "hs_code", "quantity", "invoice_reference"});
        core::CertificateItem ci;
        ci.marks = g.string_or("marks");
        ci.description = g.string_or("description");
        ci.hs_code = g.string_or("hs_code");
        ci.quantity = g.string_or("quantity");
        ci.invoice_reference = g.string_or("invoice_reference");
        g.finish();
        c.goods.push_back(std::move(ci));
    });
    c.criterion = f.string_or("criterion");
    c.issuing_authority = f.string_or("issuing_authority");
    c.place = f.string_or("place");
    c.date = f.string_or("date");
    c.stamp = f.string_or("stamp");
    return c;
}

core::Declaration read_declaration(const Fields& f) {
    core::Declaration d;
    d.reference = f.string_or("reference");
    d.date = f.string_or("date");
    d.office = f.string_or("office");
    d.declarant = read_party(f, "declarant");
    d.importer = read_party(f, "importer");
    d.exporter = read_party(f, "exporter");
    d.procedure = f.string_or("procedure");
    if (auto t = f.choice("incoterm", incoterm_choices())) d.incoterm = *t;
    d.incoterm_place = f.string_or("incoterm_place");
    auto currency = f.currency("currency", true);
    if (currency) d.currency = *currency;
    const core::Currency* ctx = currency ? &*currency : nullptr;
    if (auto rate = f.decimal("exchange_rate")) d.exchange_rate = *rate;
    d.transport = f.string_or("transport");
    f.each("items", [&](const LuaValue& item, const std::string& path, int line) {
        Fields i(f.cx(), item, path, line,
                 {"description", "hs_code", "origin", "preference", "procedure", "quantity", "unit", "net_kg",
                  "gross_kg", "value"});
        core::DeclarationItem di;
        di.description = i.string_or("description");
        di.hs_code = i.string_or("hs_code");
        di.origin = i.string_or("origin");
        di.preference = i.string_or("preference");
        di.procedure = i.string_or("procedure");
        di.quantity = decimal_or_zero(i, "quantity");
        di.unit = i.string_or("unit");
        if (auto kg = i.decimal("net_kg")) di.net_kg = *kg;
        if (auto kg = i.decimal("gross_kg")) di.gross_kg = *kg;
        if (auto value = i.money("value", ctx)) di.value = *value;
        i.finish();
        d.items.push_back(std::move(di));
    });
    if (auto total = f.money("total_value", ctx)) d.total_value = *total;
    d.notes = f.string_or("notes");
    return d;
}

core::ProductSheet read_product_sheet(const Fields& f) {
    core::ProductSheet p;
    p.product = f.string_or("product");
    p.brand = f.string_or("brand");
    p.model = f.string_or("model");
    p.manufacturer = f.string_or("manufacturer");
    p.label = f.string_or("label");
    p.marks = f.strings("marks");
    p.photos = f.strings("photos");
    p.serial_numbers = f.strings("serial_numbers");
    p.packaging = f.string_or("packaging");
    return p;
}

core::Memo read_memo(const Fields& f) {
    core::Memo m;
    m.from = f.string_or("from");
    m.to = f.string_or("to");
    m.date = f.string_or("date");
    m.subject = f.text("subject");
    m.body = f.text("body");
    return m;
}

std::vector<std::string_view> known_fields(std::string_view kind) {
    std::vector<std::string_view> k = {"id", "title"};
    auto add = [&](std::initializer_list<std::string_view> names) { k.insert(k.end(), names); };
    if (kind == "invoice")
        add({"number", "date", "seller", "buyer", "incoterm", "incoterm_place", "currency", "lines", "charges",
             "total", "payment_terms", "notes"});
    else if (kind == "packing_list")
        add({"number", "date", "shipper", "consignee", "invoice_number", "lines", "total_packages", "total_net_kg",
             "total_gross_kg", "marks"});
    else if (kind == "bill_of_lading" || kind == "air_waybill")
        add({"number", "date", "carrier", "vessel", "port_of_loading", "port_of_discharge", "place_of_delivery",
             "consignor", "consignee", "notify", "containers", "seals", "marks", "description", "packages",
             "package_type", "gross_kg", "freight_terms"});
    else if (kind == "certificate_of_origin")
        add({"number", "agreement", "exporter", "consignee", "country_of_origin", "transport", "goods", "criterion",
             "issuing_authority", "place", "date", "stamp"});
    else if (kind == "declaration")
        add({"reference", "date", "office", "declarant", "importer", "exporter", "procedure", "incoterm",
             "incoterm_place", "currency", "exchange_rate", "transport", "items", "total_value", "notes"});
    else if (kind == "product_sheet")
        add({"product", "brand", "model", "manufacturer", "label", "marks", "photos", "serial_numbers", "packaging"});
    else if (kind == "memo")
        add({"from", "to", "date", "subject", "body"});
    return k;
}

}  // namespace

std::optional<core::Document> read_document(ReadContext& cx, const LuaValue& v, const std::string& path, int line) {
    const std::string& kind = v.constructor;
    const bool is_document = kind == "invoice" || kind == "packing_list" || kind == "bill_of_lading" ||
                             kind == "air_waybill" || kind == "certificate_of_origin" || kind == "declaration" ||
                             kind == "product_sheet" || kind == "memo";
    if (!is_document) {
        cx.error(line_of(v, line), path,
                 "expected a document made by a constructor such as invoice{...} or memo{...}, got " + v.describe());
        return std::nullopt;
    }
    Fields f(cx, v, path, line, known_fields(kind));
    core::Document doc;
    doc.id = f.string_or("id", kind);
    doc.title = f.text("title");
    if (kind == "invoice") doc.content = read_invoice(f);
    else if (kind == "packing_list") doc.content = read_packing_list(f);
    else if (kind == "bill_of_lading") doc.content = read_transport(f, core::TransportKind::bill_of_lading);
    else if (kind == "air_waybill") doc.content = read_transport(f, core::TransportKind::air_waybill);
    else if (kind == "certificate_of_origin") doc.content = read_certificate(f);
    else if (kind == "declaration") doc.content = read_declaration(f);
    else if (kind == "product_sheet") doc.content = read_product_sheet(f);
    else doc.content = read_memo(f);
    f.finish();
    return doc;
}

}  // namespace clearance::script
