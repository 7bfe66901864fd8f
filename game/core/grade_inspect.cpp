#include "core/grade_inspect.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace clearance::core {

namespace {

std::string trim(const std::string& s) {
    auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

// "25" for 0.25: a whole percentage without the sign (templates write "{0}%").
std::string percent(double fraction) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", fraction * 100.0);
    return buf;
}

std::string fixed2(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

std::string join_fields(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += " vs ";
        out += fields[i];
    }
    return out;
}

// Which findings the flags hit, and which flags hit nothing.
struct Match {
    std::vector<bool> found;
    std::vector<std::string> false_alarms;  // trimmed, unique, in the trainee's order
};

Match match(const InspectKey& key, const InspectAnswer& answer) {
    Match m;
    m.found.assign(key.findings.size(), false);
    std::set<std::string> seen;
    for (const auto& raw : answer.flagged) {
        std::string id = trim(raw);
        if (id.empty() || !seen.insert(id).second) continue;
        bool on_finding = false;
        for (std::size_t k = 0; k < key.findings.size(); ++k) {
            const auto& fields = key.findings[k].fields;
            bool here = std::any_of(fields.begin(), fields.end(),
                                    [&](const std::string& f) { return trim(f) == id; });
            if (here) {
                m.found[k] = true;
                on_finding = true;
            }
        }
        if (!on_finding) m.false_alarms.push_back(id);
    }
    return m;
}

}  // namespace

SignalCounts& SignalCounts::operator+=(const SignalCounts& o) {
    hits += o.hits;
    misses += o.misses;
    false_alarms += o.false_alarms;
    correct_rejections += o.correct_rejections;
    return *this;
}

SignalCounts count_signals(const InspectKey& key, const InspectAnswer& answer) {
    Match m = match(key, answer);
    SignalCounts c;
    c.hits = static_cast<int>(std::count(m.found.begin(), m.found.end(), true));
    c.misses = static_cast<int>(m.found.size()) - c.hits;
    c.false_alarms = static_cast<int>(m.false_alarms.size());
    c.correct_rejections = std::max(0, key.fine_field_count - c.false_alarms);
    return c;
}

std::optional<double> precision(const SignalCounts& c) {
    if (c.hits + c.false_alarms == 0) return std::nullopt;
    return static_cast<double>(c.hits) / (c.hits + c.false_alarms);
}

std::optional<double> recall(const SignalCounts& c) {
    if (c.hits + c.misses == 0) return std::nullopt;
    return static_cast<double>(c.hits) / (c.hits + c.misses);
}

// Acklam's rational approximation (relative error 1.15e-9), then one Halley step against
// std::erfc, which brings it to about double precision.
double inverse_normal_cdf(double p) {
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                               1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01,  -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    const double p_low = 0.02425;
    double x;
    if (p < p_low) {
        double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - p_low) {
        double q = p - 0.5;
        double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        double q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double sqrt2pi = 2.50662827463100050242;
    double e = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
    double u = e * sqrt2pi * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

std::optional<double> d_prime(const SignalCounts& c) {
    int signal = c.hits + c.misses;
    int noise = c.false_alarms + c.correct_rejections;
    if (signal == 0 || noise == 0) return std::nullopt;
    double hit_rate = (c.hits + 0.5) / (signal + 1.0);
    double fa_rate = (c.false_alarms + 0.5) / (noise + 1.0);
    return inverse_normal_cdf(hit_rate) - inverse_normal_cdf(fa_rate);
}

double flag_fraction(int hits, int key_size, int false_alarms, double cost) {
    double earned = key_size > 0 ? (hits - cost * false_alarms) / key_size : 1.0 - cost * false_alarms;
    return std::clamp(earned, 0.0, 1.0);
}

Grade grade_inspect(const InspectKey& key, const InspectAnswer& answer) {
    Match m = match(key, answer);
    SignalCounts c = count_signals(key, answer);
    Grade g;
    int units = std::max<int>(1, static_cast<int>(key.findings.size()));
    g.max = key.points_per_finding * units;
    g.score = g.max * flag_fraction(c.hits, static_cast<int>(key.findings.size()), c.false_alarms,
                                    key.false_alarm_cost);

    for (std::size_t k = 0; k < key.findings.size(); ++k) {
        const auto& f = key.findings[k];
        if (m.found[k]) {
            g.add(Verdict::correct, msg("Found: {0} ({1}).", f.explanation, join_fields(f.fields)), phrase(f.rule));
        } else {
            g.add(Verdict::wrong, msg("Missed: {0} ({1}).", f.explanation, join_fields(f.fields)), phrase(f.rule));
        }
    }
    if (key.findings.empty() && c.false_alarms == 0) {
        g.add(Verdict::correct, msg("Nothing was wrong on these documents, and nothing was flagged."));
    }
    const Message cost_rule =
        msg("inspect scoring: a flag on a field that is fine costs {0}% of a finding", percent(key.false_alarm_cost));
    for (const auto& id : m.false_alarms) {
        auto decoy = std::find_if(key.decoys.begin(), key.decoys.end(),
                                  [&](const InspectDecoy& d) { return trim(d.field) == id; });
        if (decoy != key.decoys.end()) {
            g.add(Verdict::wrong, msg("False alarm on {0}: {1}.", id, decoy->explanation),
                  decoy->rule.empty() ? cost_rule : phrase(decoy->rule));
        } else {
            g.add(Verdict::wrong, msg("False alarm on {0}: this field agrees with the other documents.", id),
                  cost_rule);
        }
    }

    auto p = precision(c);
    auto r = recall(c);
    auto share = [](std::optional<double> x) { return x ? msg("{0}%", percent(*x)) : msg("n/a"); };
    Message d_prime_text;
    if (key.fine_field_count > 0) {
        if (auto dp = d_prime(c)) d_prime_text = msg(", d' {0}", fixed2(*dp));
    }
    g.add(Verdict::info, msg("Precision {0} ({1} of {2} flags right), recall {3} ({4} of {5} findings){6}.", share(p),
                             std::to_string(c.hits), std::to_string(c.hits + c.false_alarms), share(r),
                             std::to_string(c.hits), std::to_string(c.hits + c.misses), d_prime_text));
    return g;
}

}  // namespace clearance::core
