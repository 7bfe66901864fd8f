// Fixture states for the ui tests: the HS nomenclature, one document of every kind (an air
// waybill too) with deliberate conflicts, and a scenario with one step of every kind whose facts
// are the primer's worked examples, so a panel's perfect draft must earn full marks.
#pragma once

#include "core/hs_nomenclature.h"
#include "core/scenario.h"
#include "../core/test_scenario_fixture.h"

#include <string>
#include <vector>

namespace uifixture {

using namespace clearance::core;

// The nomenclature and the money shorthands are the core tests' own.
using fixture::dec;
using fixture::eur;
using fixture::hs;
using fixture::usd;

inline std::vector<Document> documents() {
    Invoice inv;
    inv.number = "SZ-2024-118";
    inv.date = "2024-03-14";
    inv.seller = {"Shenzhen Bright Electronics Co., Ltd", "12 Keji Road, Nanshan, Shenzhen", "CN"};
    inv.buyer = {"Lagos Mobile Ltd", "4 Marina, Lagos Island", "NG"};
    inv.incoterm = Incoterm::FOB;
    inv.incoterm_place = "Shanghai";
    inv.currency = Currency::of("USD");
    inv.lines = {{"Smartphones, 6.1-inch, 128 GB, with charger", "8517.13", Decimal(1200), "pcs", usd("150"), usd("180000"), "CN"},
                 {"Protective cases, silicone", "3926.90", Decimal(1200), "pcs", usd("2"), usd("2400"), "CN"}};
    inv.charges = {{"Packing", usd("600")}, {"Discount 2%", usd("-3600")}};
    inv.total = usd("179400");
    inv.payment_terms = "30 days after bill of lading";
    inv.notes = "Goods shipped in 51 cartons on pallets.";

    PackingList pl;
    pl.number = "PL-118";
    pl.date = "2024-03-14";
    pl.shipper = inv.seller;
    pl.consignee = inv.buyer;
    pl.invoice_number = "SZ-2024-118";
    pl.lines = {{"BRIGHT/LAGOS 1-51", "Smartphones", 51, "cartons", Decimal(1020), "pcs", dec("459"), dec("612")}};
    pl.total_packages = 51;
    pl.total_net_kg = dec("459");
    pl.total_gross_kg = dec("612");
    pl.marks = "BRIGHT / LAGOS / 1-51";

    TransportDocument bl;
    bl.kind = TransportKind::bill_of_lading;
    bl.number = "MSCU-SHA-7781";
    bl.date = "2024-03-18";
    bl.carrier = "Mediterranean Shipping Company";
    bl.vessel = "MSC Aurora 118W";
    bl.port_of_loading = "Shanghai";
    bl.port_of_discharge = "Lagos (Apapa)";
    bl.place_of_delivery = "Lagos";
    bl.consignor = inv.seller;
    bl.consignee = inv.buyer;
    bl.notify = {"Apapa Clearing Agents", "Wharf Road 9, Apapa", "NG"};
    bl.containers = {"MSCU1234567"};
    bl.seals = {"SL-889201"};
    bl.marks = "BRIGHT/LAGOS 1-51";
    bl.description = "51 cartons said to contain mobile phones";
    bl.packages = 51;
    bl.package_type = "cartons";
    bl.gross_kg = dec("640");
    bl.freight_terms = "Freight collect";

    TransportDocument awb = bl;
    awb.kind = TransportKind::air_waybill;
    awb.number = "176-12345675";
    awb.vessel = "EK 9301";
    awb.port_of_loading = "Shenzhen (SZX)";
    awb.port_of_discharge = "Lagos (LOS)";
    awb.containers.clear();
    awb.seals.clear();

    CertificateOfOrigin co;
    co.number = "GH-2024-00731";
    co.agreement = "Gulf of Guinea FTA";
    co.exporter = {"Kumasi Cocoa Works", "Industrial Area, Kumasi", "GH"};
    co.consignee = {"Abidjan Confiseries", "Zone 4, Abidjan", "CI"};
    co.country_of_origin = "Ghana";
    co.transport = "By road, Kumasi - Abidjan";
    co.goods = {{"KCW 1-20", "Chocolate bars, 100 g", "1806.32", "4,560 kg gross", "INV-731"}};
    co.criterion = "RVC 42%";
    co.issuing_authority = "Ghana Chamber of Commerce";
    co.place = "Accra";
    co.date = "2024-02-02";
    co.stamp = "Ghana Chamber of Commerce Accra";

    Declaration dc;
    dc.reference = "NG-APP-2024-55012";
    dc.date = "2024-03-29";
    dc.office = "Apapa Port Command";
    dc.declarant = {"Apapa Clearing Agents", "Wharf Road 9, Apapa", "NG"};
    dc.importer = inv.buyer;
    dc.exporter = inv.seller;
    dc.procedure = "4000";
    dc.incoterm = Incoterm::FOB;
    dc.incoterm_place = "Shanghai";
    dc.currency = Currency::of("USD");
    dc.exchange_rate = dec("1450.5");
    dc.transport = "Sea, MSC Aurora";
    DeclarationItem item;
    item.description = "Mobile phones";
    item.hs_code = "8517.13.00";
    item.origin = "CN";
    item.procedure = "4000";
    item.quantity = Decimal(1200);
    item.unit = "pcs";
    item.net_kg = dec("459");
    item.gross_kg = dec("612");
    item.value = usd("150000");
    dc.items = {item};
    dc.total_value = usd("150000");
    dc.notes = "Invoice SZ-2024-118 attached.";

    ProductSheet ps;
    ps.product = "Smartphone";
    ps.brand = "Brite";
    ps.model = "B6 Pro";
    ps.manufacturer = "Shenzhen Bright Electronics";
    ps.label = "Brite B6 Pro\n128 GB · Model A2201\nMade in China";
    ps.marks = {"CE", "Brite (registered trade mark)", "Made in China"};
    ps.photos = {"The phone in its box, with a charger and a cable", "The back of the phone: the logo is printed, not engraved"};
    ps.serial_numbers = {"BR-0001", "BR-0001", "BR-0007"};
    ps.packaging = "White cardboard box, shrink-wrapped";

    Memo memo;
    memo.from = "Head of section";
    memo.to = "Duty officer, Apapa";
    memo.date = "2024-03-29";
    memo.subject = Text{{"en", "Your shift"}, {"fr", "Votre vacation"}};
    memo.body = Text{{"en", "A broker has a pending matter.\nCheck the phones consignment before release."},
                     {"fr", "Un transitaire a un dossier en cours."}};

    return {
        Document{"invoice", Text(), inv},  Document{"packing", Text(), pl},     Document{"bl", Text(), bl},
        Document{"awb", Text(), awb},      Document{"co", Text(), co},          Document{"dec", Text(), dc},
        Document{"product", Text(), ps},   Document{"memo", Text{{"en", "Briefing"}, {"fr", "Consignes"}}, memo},
    };
}

inline CostItem cost(std::string id, CostKind kind, Money amount) {
    CostItem c;
    c.id = std::move(id);
    c.kind = kind;
    c.amount = amount;
    c.in_price = false;
    return c;
}

inline Step step(std::string id, StepBody body) {
    Step s;
    s.id = std::move(id);
    s.title = Text("The " + s.id + " step");
    s.prompt = Text("Do the " + s.id + " step, as the documents show.");
    s.body = std::move(body);
    return s;
}

inline Scenario scenario() {
    Scenario sc;
    sc.id = "ui/fixture";
    sc.title = Text("The phones from Shenzhen");
    sc.documents = documents();

    Step brief = step("intro", BriefStep{});
    brief.documents = {"memo"};

    ClassifyStep classify;
    classify.goods = GoodsRef{"invoice", 1};
    classify.key.code = "8517.13";
    Step hs_step = step("hs", classify);
    hs_step.documents = {"invoice", "product"};

    // The primer's valuation example on a CIF basis: EUR 47,000.
    ValueStep v;
    v.facts.price = eur("40000");
    v.facts.incoterm = Incoterm::FOB;
    v.facts.incoterm_place = "Shanghai";
    v.facts.national = Currency::of("EUR");
    v.facts.costs = {cost("agent", CostKind::buying_commission, eur("800")),
                     cost("selling", CostKind::selling_commission, eur("1200")),
                     cost("moulds", CostKind::assist_tools, eur("2500")),
                     cost("freight", CostKind::main_freight, eur("3100")),
                     cost("insurance", CostKind::insurance, eur("200")),
                     cost("trucking", CostKind::post_import_transport, eur("450"))};

    // The primer's RVC example: 42% against a 40% rule.
    OriginStep o;
    o.facts.product = "chocolate bars";
    o.facts.hs_code = HsCode::parse_or_throw("1806.32");
    o.facts.country = "GH";
    o.facts.ex_works_price = eur("100");
    o.facts.processing = {{"conching, tempering and moulding", Processing::manufacture}};
    o.facts.materials = {Material{"cocoa paste", HsCode::parse_or_throw("1803.10"), eur("58"), false, "CI"}};
    o.agreement.name = "Gulf of Guinea FTA";
    o.agreement.preferential = true;
    o.agreement.parties = {"GH", "CI"};
    o.agreement.default_rule.value_test = ValueTest::rvc_build_down;
    o.agreement.default_rule.value_percent = Decimal(40);
    o.value_asked = true;

    // The primer's whisky: duty 126, excise 5,040, VAT 2,293.20, total 7,459.20.
    AssessStep a;
    a.facts.customs_value = eur("6300");
    a.facts.quantities.items = dec("600");
    a.facts.quantities.litres_per_item = dec("0.7");
    a.facts.quantities.alcohol_strength = dec("0.40");
    a.facts.duty = DutyRate{DutyKind::ad_valorem, dec("2%"), {}};
    a.facts.excise.kind = ExciseKind::specific;
    a.facts.excise.specific = SpecificRate{eur("30"), Decimal(1), Unit::litre_pure_alcohol};
    a.facts.vat_rate = dec("20%");

    InspectStep inspect;
    inspect.key.findings = {{{"invoice.lines[1].quantity", "packing.lines[1].quantity"}, "1,200 against 1,020", ""},
                            {{"product.serial_numbers[2]"}, "two phones share one serial number", "TRIPS Art. 51"}};
    Step docs = step("docs", inspect);
    docs.documents = {"invoice", "packing", "bl", "product"};

    RiskStep risk;
    RiskFacts rf;
    rf.declared_unit_price = usd("125");
    rf.reference_unit_price = usd("210");
    rf.importer_prior_declarations = 0;
    rf.description = "Mobile phones";
    risk.facts = rf;

    ChooseStep gift;
    auto option = [](std::string id, const char* label, double score) {
        ChooseOptionSpec op;
        op.id = std::move(id);
        op.label = Text(label);
        op.score = score;
        return op;
    };
    gift.options = {option("refuse", "Thank him, refuse the envelope and carry on with the examination.", 10),
                    option("declare", "Take it and report it to your supervisor at the end of the shift.", 4),
                    option("accept", "Take it: everyone does, and it is only a small thank-you.", 0)};

    QuizStep single;
    single.choices = {{"a", Text("Code of conduct"), true}, {"b", Text("Automation"), false}, {"c", Text("Audit"), false}};
    QuizStep multiple = single;
    multiple.kind = QuizKind::multiple_choice;
    multiple.choices[1].correct = true;
    QuizStep numeric;
    numeric.kind = QuizKind::numeric;
    numeric.value = 42;
    numeric.abs_tolerance = 0.5;
    numeric.unit = "%";
    QuizStep text;
    text.kind = QuizKind::short_text;
    text.accepted = {"royalty", "royalties"};

    sc.steps = {brief,
                hs_step,
                step("value", v),
                step("origin", o),
                step("tax", a),
                docs,
                step("channel", risk),
                step("gift", gift),
                step("quiz", single),
                step("multi", multiple),
                step("rvc", numeric),
                step("word", text)};
    return sc;
}

// The documents of `sc` as the document view takes them.
inline std::vector<const Document*> pointers(const Scenario& sc) {
    std::vector<const Document*> out;
    for (const Document& d : sc.documents) out.push_back(&d);
    return out;
}

}  // namespace uifixture
