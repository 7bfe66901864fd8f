// Home: greets the trainee, offers one obvious thing to do next (resume the newest unfinished
// attempt, else start the suggested scenario), lists the other unfinished attempts and the
// scenarios due for review, and shows the eight fields of work with the trainee's mastery and the
// next scenario of each.
//
// Draws from the model only; with nobody signed in (some tests) it still draws, without a name.
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace clearance::ui {

namespace {

// Home lists this many other unfinished attempts; the progress screen has them all, and a long
// list here would push the fields of work below the fold at 1280x800.
constexpr int listed_unfinished = 4;

const char* blurb(core::Topic t) {
    switch (t) {
        case core::Topic::classification: return tr("Find the HS code of goods with the General Interpretative Rules.");
        case core::Topic::valuation: return tr("Build the customs value: transaction value and Article 8 adjustments.");
        case core::Topic::origin: return tr("Decide origin: wholly obtained, tariff shift, value content.");
        case core::Topic::revenue: return tr("Assess ad valorem, specific and compound duty, excise and VAT.");
        case core::Topic::fraud: return tr("Spot undervaluation, false origin and counterfeit goods.");
        case core::Topic::security: return tr("Route declarations to the green, yellow or red channel.");
        case core::Topic::facilitation: return tr("Release compliant trade fast: AEO, pre-arrival, simplifications.");
        case core::Topic::ethics: return tr("Face gifts, pressure and conflicts of interest the right way.");
    }
    return "";
}

const ScenarioItem* find_scenario(const Model& model, const std::string& id) {
    if (id.empty()) return nullptr;
    for (const ScenarioItem& s : model.scenarios)
        if (s.id == id) return &s;
    return nullptr;
}

std::string answered_text(int n) {
    if (n <= 0) return tr("No step answered yet");
    if (n == 1) return tr("1 step answered");
    char buf[96];
    std::snprintf(buf, sizeof buf, tr("%d steps answered"), n);
    return buf;
}

std::string resume_meta(const ResumeItem& r) {
    char started[96];
    std::snprintf(started, sizeof started, tr("started %s"), format_utc(r.started_ms).c_str());
    return std::string(mode_name(r.mode)) + " · " + answered_text(r.answered) + " · " + started;
}

// Paints the coloured band on the left edge of the card just ended. It is drawn from the parent
// window, after the card: the card's own clip rectangle excludes its padding, and widening it
// would let the band escape the scrolled screen too.
void card_band(ImVec4 color) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRectFilled(a, ImVec2(a.x + 6, b.y), ImGui::GetColorU32(color),
                                              ImGui::GetStyle().ChildRounding, ImDrawFlags_RoundCornersLeft);
}

// --- the hero card ----------------------------------------------------------------------------

struct Hero {
    const char* label = nullptr;  // the small line above the headline
    std::string headline;
    std::string meta;
    const char* button = nullptr;
    ImVec4 band;
};

void hero_card(const Model& model, std::vector<Intent>& intents) {
    const Palette& p = palette();
    const ImGuiStyle& st = ImGui::GetStyle();
    // The newest unfinished attempt that can still be replayed; the others go to the list below.
    const ResumeItem* resume = nullptr;
    for (const ResumeItem& r : model.resumable)
        if (r.playable) {
            resume = &r;
            break;
        }
    Hero h;
    h.band = p.accent;
    if (resume) {
        h.label = tr("Continue where you left off");
        h.headline = resume->title;
        h.meta = resume_meta(*resume);
        h.button = tr("Resume");
        if (const ScenarioItem* s = find_scenario(model, resume->scenario_id)) h.band = topic_color(s->topic);
    } else if (!model.continue_id.empty()) {
        h.label = tr("Up next");
        h.headline = model.continue_title.empty() ? model.continue_id : model.continue_title;
        h.meta = tr("A new attempt in practice mode");
        if (const ScenarioItem* s = find_scenario(model, model.continue_id)) {
            h.meta = std::string(topic_name(s->topic)) + " · " + level_name(s->level);
            if (s->minutes > 0) {
                char minutes[64];
                std::snprintf(minutes, sizeof minutes, tr("about %d min"), s->minutes);
                h.meta += std::string(" · ") + minutes;
            }
            h.band = topic_color(s->topic);
        }
        h.button = tr("Start");
    } else {
        h.label = tr("Nothing to play yet");
        h.headline = tr("No playable scenario was found");
        h.meta = tr("The scenario browser lists the files found and what is wrong with them.");
        h.button = tr("Open the scenario browser");
        h.band = p.warn;
    }

    const float avail = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(fonts().bold);
    const ImVec2 button(ImGui::CalcTextSize(h.button).x + st.FramePadding.x * 4, ImGui::GetFrameHeight() * 1.35f);
    ImGui::PopFont();
    // Side by side when the headline keeps at least 14 ems; otherwise the button goes below.
    const float text_w_side = avail - st.WindowPadding.x * 2 - button.x - st.ItemSpacing.x * 2;
    const bool stacked = text_w_side < ImGui::GetFontSize() * 14;
    const float text_w = stacked ? avail - st.WindowPadding.x * 2 : text_w_side;
    ImGui::PushFont(fonts().small);
    const float small_h = ImGui::GetTextLineHeight();
    const float meta_h = ImGui::CalcTextSize(h.meta.c_str(), nullptr, false, text_w).y;
    ImGui::PopFont();
    ImGui::PushFont(fonts().title);
    const float head_h = ImGui::GetTextLineHeight();
    const std::string headline = ellipsize(h.headline.c_str(), text_w);
    ImGui::PopFont();
    const float text_h = small_h + head_h + meta_h + st.ItemSpacing.y * 2;
    const float height = st.WindowPadding.y * 2 + (stacked ? text_h + st.ItemSpacing.y + button.y : std::max(text_h, button.y));

    const ImVec2 size(avail, height);
    begin_card("##hero", size);
    ImGui::BeginGroup();
    ImGui::PushFont(fonts().small);
    ImGui::TextColored(resume ? p.accent : p.text_muted, "%s", h.label);
    ImGui::PopFont();
    ImGui::PushFont(fonts().title);
    ImGui::TextUnformatted(headline.c_str());
    ImGui::PopFont();
    if (headline != h.headline && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", h.headline.c_str());
    ImGui::PushFont(fonts().small);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_w);
    ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
    ImGui::TextWrapped("%s", h.meta.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::EndGroup();
    if (!stacked) {
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button.x);
        ImGui::SetCursorPosY((height - button.y) * 0.5f);
    }
    ImGui::PushFont(fonts().bold);
    if (resume || !model.continue_id.empty()) {
        if (primary_button(h.button, button)) {
            if (resume)
                intents.push_back(ResumeAttempt{resume->attempt_uuid});
            else
                intents.push_back(StartScenario{model.continue_id, core::AttemptMode::practice});
        }
        ImGui::SetItemDefaultFocus();
        probe("home.continue");
    } else if (soft_button(h.button, button)) {
        intents.push_back(Navigate{Screen::browser});
    }
    ImGui::PopFont();
    end_card();
    card_band(h.band);
}

// --- other unfinished attempts, the scenario to review ------------------------------------

// One card of rows, one line a row (title, then what it is, then a button): Home stays within
// 800 px. Rows are separated by hairlines.
class RowCard {
public:
    // `rows` shown, plus a last line for "more" when `more`; `button` sizes the buttons.
    RowCard(const char* id, int rows, bool more, const char* button) {
        const ImGuiStyle& st = ImGui::GetStyle();
        row_h_ = ImGui::GetFrameHeight();
        gap_ = st.ItemSpacing.y * 1.5f;
        const float height =
            st.WindowPadding.y * 2 + rows * row_h_ + (rows - 1) * gap_ + (more ? row_h_ + gap_ : 0.0f);
        begin_card(id, ImVec2(0, height));
        inner_ = ImGui::GetContentRegionAvail().x;
        button_w_ = ImGui::CalcTextSize(button).x + st.FramePadding.x * 3;
        text_dy_ = (row_h_ - ImGui::GetTextLineHeight()) * 0.5f;
    }
    ~RowCard() { end_card(); }
    RowCard(const RowCard&) = delete;
    RowCard& operator=(const RowCard&) = delete;

    // Row `i`: returns true when its button is pressed. With a `reason`, the reason stands where
    // the button would (nothing to press).
    bool row(int i, const std::string& title, const std::string& meta, const char* button, const char* reason,
             const std::string& probe_name) {
        const Palette& p = palette();
        const ImGuiStyle& st = ImGui::GetStyle();
        ImGui::PushID(i);
        const float y0 = ImGui::GetCursorPosY();
        if (i > 0) {
            const ImVec2 c = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddLine(ImVec2(c.x, c.y - gap_ * 0.5f), ImVec2(c.x + inner_, c.y - gap_ * 0.5f),
                                                ImGui::GetColorU32(p.border));
        }
        ImGui::PushFont(fonts().small);
        const float right_w = reason ? std::min(ImGui::CalcTextSize(reason).x, inner_ * 0.4f) : button_w_;
        const std::string reason_text = reason ? ellipsize(reason, right_w) : std::string();
        ImGui::PopFont();
        float room = inner_ - right_w - st.ItemSpacing.x * 2;
        ImGui::SetCursorPosY(y0 + text_dy_);
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(ellipsize(title.c_str(), room * 0.55f).c_str());
        ImGui::PopFont();
        room -= ImGui::GetItemRectSize().x + st.ItemSpacing.x;
        ImGui::SameLine();
        ImGui::PushFont(fonts().small);
        // The small text sits on the bold title's baseline (ascent is about 3/4 of a line).
        const float baseline = y0 + text_dy_ + (row_h_ - 2 * text_dy_ - ImGui::GetTextLineHeight()) * 0.75f;
        ImGui::SetCursorPosY(baseline);
        ImGui::TextColored(p.text_muted, "%s", ellipsize(meta.c_str(), room).c_str());
        if (reason) {
            ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(reason_text.c_str()).x);
            ImGui::SetCursorPosY(baseline);
            ImGui::TextColored(p.warn, "%s", reason_text.c_str());
            if (reason_text != reason && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", reason);
        }
        ImGui::PopFont();
        bool pressed = false;
        if (!reason) {
            ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button_w_);
            ImGui::SetCursorPosY(y0);
            pressed = soft_button(button, ImVec2(button_w_, 0));
            probe(probe_name.c_str());
        }
        ImGui::SetCursorPosY(y0 + row_h_ + gap_);
        ImGui::PopID();
        return pressed;
    }

private:
    float row_h_ = 0, gap_ = 0, inner_ = 0, button_w_ = 0, text_dy_ = 0;
};

void unfinished_list(const Model& model, std::vector<Intent>& intents) {
    std::vector<const ResumeItem*> rows;
    bool hero_skipped = false;
    for (const ResumeItem& r : model.resumable) {
        if (r.playable && !hero_skipped) {  // this one is the hero card
            hero_skipped = true;
            continue;
        }
        rows.push_back(&r);
    }
    if (rows.empty()) return;
    ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y * 0.5f));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr("Other unfinished attempts"));
    ImGui::PopFont();
    const int shown = std::min<int>(static_cast<int>(rows.size()), listed_unfinished);
    const bool more = static_cast<int>(rows.size()) > shown;
    RowCard card("##unfinished", shown, more, tr("Resume"));
    for (int i = 0; i < shown; ++i) {
        const ResumeItem& r = *rows[static_cast<std::size_t>(i)];
        // The reason takes the place of the button when the attempt cannot be replayed.
        const char* reason = nullptr;
        if (!r.playable)
            reason = find_scenario(model, r.scenario_id) ? tr("Cannot resume: the scenario has changed since")
                                                         : tr("Cannot resume: the scenario was removed");
        if (card.row(i, r.title, resume_meta(r), tr("Resume"), reason, "home.resume." + std::to_string(i)))
            intents.push_back(ResumeAttempt{r.attempt_uuid});
    }
    if (more) {
        char line[128];
        std::snprintf(line, sizeof line, tr("%d more in Progress"), static_cast<int>(rows.size()) - shown);
        if (soft_button(line)) intents.push_back(Navigate{Screen::progress});
    }
}

// "in 3 days", "in 5 h", "now".
std::string wait_text(std::int64_t ms) {
    char buf[64];
    const std::int64_t hours = (ms + 3599999) / 3600000;
    if (ms <= 0) return tr("now");
    if (hours < 24) std::snprintf(buf, sizeof buf, tr("in %d h"), static_cast<int>(hours));
    else std::snprintf(buf, sizeof buf, tr("in %d days"), static_cast<int>((hours + 23) / 24));
    return buf;
}

// The scenario due soonest for review (core/review.h) on one line, with its button at the right;
// when none is due, when the next one is. One line: Home has the fields of work to show below.
void review_line(const Model& model, std::vector<Intent>& intents) {
    if (model.review.empty()) return;
    std::vector<const ReviewItem*> due;
    for (const ReviewItem& r : model.review)
        if (r.due_ms <= model.now_ms) due.push_back(&r);
    const Palette& p = palette();
    const ImGuiStyle& st = ImGui::GetStyle();
    ImGui::Dummy(ImVec2(0, st.ItemSpacing.y * 0.5f));
    const float y0 = ImGui::GetCursorPosY();
    const float text_y = y0 + (ImGui::GetFrameHeight() - ImGui::GetTextLineHeight()) * 0.5f;
    ImGui::SetCursorPosY(text_y);
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr("To review"));
    ImGui::PopFont();
    ImGui::SameLine();
    char line[256];
    if (due.empty()) {
        const ReviewItem& next = model.review.front();  // soonest first
        std::snprintf(line, sizeof line, tr("Next: %s, %s."), next.title.c_str(),
                      wait_text(next.due_ms - model.now_ms).c_str());
        ImGui::SetCursorPosY(text_y);
        ImGui::TextColored(p.text_muted, "%s", line);
        ImGui::Dummy(ImVec2(0, 0));
        return;
    }
    const ReviewItem& r = *due.front();
    const float button_w = ImGui::CalcTextSize(tr("Review")).x + st.FramePadding.x * 3;
    const float right = ImGui::GetWindowContentRegionMax().x;
    std::snprintf(line, sizeof line, tr("%d due, soonest first:"), static_cast<int>(due.size()));
    ImGui::SetCursorPosY(text_y);
    ImGui::TextColored(p.text_muted, "%s", line);
    ImGui::SameLine();
    char meta[128];
    std::snprintf(meta, sizeof meta, tr("%s last time"), format_percent(r.last_percent).c_str());
    const float room = right - button_w - st.ItemSpacing.x * 3 - (ImGui::GetCursorPosX() + ImGui::CalcTextSize(meta).x);
    ImGui::SetCursorPosY(text_y);
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(ellipsize(r.title.c_str(), std::max(room, ImGui::GetFontSize() * 4)).c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPosY(text_y);
    ImGui::TextColored(p.text_muted, "%s", meta);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr("What you missed comes back, spaced out: a day after a miss, then 3, 7 and 21 days "
                                   "after each attempt in full."));
    ImGui::SameLine(right - button_w);
    ImGui::SetCursorPosY(y0);
    if (soft_button(tr("Review"), ImVec2(button_w, 0))) intents.push_back(StartScenario{r.scenario_id, core::AttemptMode::review});
    probe("home.review");
}

// --- fields of work ---------------------------------------------------------------------------

struct CardMetrics {
    float width = 0, height = 0;
    float bar_h = 0;
};

CardMetrics card_metrics(float width) {
    const ImGuiStyle& st = ImGui::GetStyle();
    CardMetrics m;
    m.width = width;
    m.bar_h = std::max(6.0f, ImGui::GetFontSize() * 0.35f);
    const float inner = width - st.WindowPadding.x * 2;
    // Every card takes the height of the longest blurb, so the bars and buttons line up.
    ImGui::PushFont(fonts().small);
    float blurb_h = 0;
    for (core::Topic t : core::all_topics) blurb_h = std::max(blurb_h, ImGui::CalcTextSize(blurb(t), nullptr, false, inner).y);
    const float small_h = ImGui::GetTextLineHeight();
    ImGui::PopFont();
    m.height = st.WindowPadding.y * 2 + ImGui::GetTextLineHeight() + blurb_h + small_h + ImGui::GetFrameHeight() +
               st.ItemSpacing.y * 3;
    return m;
}

void topic_card(const TopicSummary& t, const CardMetrics& m, std::vector<Intent>& intents) {
    const Palette& p = palette();
    const ImGuiStyle& st = ImGui::GetStyle();
    const ImVec2 size(m.width, m.height);
    const std::string id(core::topic_id(t.topic));
    ImGui::PushID(id.c_str());
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    const bool hovered = ImGui::IsMouseHoveringRect(top_left, ImVec2(top_left.x + size.x, top_left.y + size.y));
    begin_card("##card", size, hovered);
    const ImVec4 color = topic_color(t.topic);
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(topic_name(t.topic));
    ImGui::PopFont();
    ImGui::PushFont(fonts().small);
    muted_text(blurb(t.topic));
    const float small_h = ImGui::GetTextLineHeight();
    ImGui::PopFont();

    const float inner = m.width - st.WindowPadding.x * 2;
    const float button_y = m.height - st.WindowPadding.y - ImGui::GetFrameHeight();
    if (t.scenarios <= 0) {
        ImGui::SetCursorPosY(button_y + (ImGui::GetFrameHeight() - small_h) * 0.5f - 2);
        pill(tr("No scenarios yet"), p.text_muted);
        end_card();
        card_band(color);
        ImGui::PopID();
        return;
    }

    // One line above the button: done count, the mastery bar, the mastery figure.
    const float y = button_y - st.ItemSpacing.y - small_h;
    ImGui::SetCursorPosY(y);
    ImGui::PushFont(fonts().small);
    char done[96];
    std::snprintf(done, sizeof done, tr("%d of %d done"), t.done, t.scenarios);
    if (t.done >= t.scenarios) {
        // Noto Sans has no tick glyph: the mark is drawn, and the text moves over for it.
        check_mark(ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(), small_h, ImGui::GetColorU32(p.good));
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + small_h + 2);
    }
    ImGui::TextColored(p.text_muted, "%s", done);
    const float bar_x0 = ImGui::GetItemRectMax().x + st.ItemSpacing.x;
    const std::string mastery = t.mastery ? format_percent(*t.mastery * 100.0) : std::string(tr("Not started"));
    const float pct_w = ImGui::CalcTextSize(mastery.c_str()).x;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - pct_w);
    ImGui::SetCursorPosY(y);
    ImGui::TextColored(t.mastery ? p.text : p.text_muted, "%s", mastery.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Mastery: your points over the points possible in this field"));
    // The bar takes the room between the two texts; below 3 ems it would only be noise.
    const float bar_x1 = ImGui::GetItemRectMin().x - st.ItemSpacing.x;
    if (bar_x1 - bar_x0 >= ImGui::GetFontSize() * 3) {
        const float cy = ImGui::GetItemRectMin().y + small_h * 0.55f;
        meter_at(ImGui::GetWindowDrawList(), ImVec2(bar_x0, cy - m.bar_h * 0.5f), ImVec2(bar_x1, cy + m.bar_h * 0.5f),
                 t.mastery, color);
    }
    ImGui::PopFont();

    ImGui::SetCursorPosY(button_y);
    if (!t.next_id.empty()) {
        char label[512];
        std::snprintf(label, sizeof label, tr("Next: %s"), t.next_title.empty() ? t.next_id.c_str() : t.next_title.c_str());
        const std::string cut = ellipsize(label, inner - st.FramePadding.x * 2);
        if (soft_button((cut + "##next").c_str(), ImVec2(inner, 0)))
            intents.push_back(StartScenario{t.next_id, core::AttemptMode::practice});
        if (cut != label && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", label);
        probe(("home.topic." + id).c_str());
    } else {
        ImGui::SetCursorPosY(button_y + (ImGui::GetFrameHeight() - small_h) * 0.5f);
        ImGui::PushFont(fonts().small);
        ImGui::TextColored(p.text_muted, "%s", tr("Nothing playable here yet"));
        ImGui::PopFont();
    }
    end_card();
    card_band(color);
    ImGui::PopID();
}

}  // namespace

void view_start(const Model& model, std::vector<Intent>& intents) {
    const Palette& p = palette();
    char greeting[256];
    // "Welcome back" once the trainee has something on record; the introduction is for the others
    // (and its two lines are what a returning trainee's unfinished attempts need at 800 px).
    bool returning = !model.resumable.empty();
    for (const TopicSummary& t : model.topics) returning |= t.done > 0;
    if (model.profile)
        std::snprintf(greeting, sizeof greeting, returning ? tr("Welcome back, %s") : tr("Welcome, %s"),
                      model.profile->name.c_str());
    else
        std::snprintf(greeting, sizeof greeting, "%s", tr("Welcome to Clearance"));
    screen_title(greeting, returning ? nullptr
                                     : tr("Work real-looking consignments the way a customs officer does: classify, value, "
                                          "decide origin, assess, inspect and choose. Every answer is scored and explained."));
    ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.25f));

    hero_card(model, intents);
    unfinished_list(model, intents);
    review_line(model, intents);

    ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y * 0.5f));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr("Fields of work"));
    ImGui::PopFont();
    // The line about the data sits right of the heading when it fits there, else under it.
    ImGui::PushFont(fonts().small);
    char line[256];
    if (model.hs_subheadings > 0) {
        std::snprintf(line, sizeof line, tr("The HS 2022 nomenclature is loaded (%d subheadings). Scenarios found: %d."),
                      model.hs_subheadings, model.scenario_count);
    } else {
        std::snprintf(line, sizeof line, "%s",
                      tr("The HS nomenclature could not be loaded: classification steps cannot be answered. "
                         "Reinstall the assets folder."));
    }
    const float line_w = ImGui::CalcTextSize(line).x;
    const float right = ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetFontSize() * 2 + line_w <= right) {
        ImGui::SameLine(right - line_w);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 2);
        ImGui::TextColored(model.hs_subheadings > 0 ? p.text_muted : p.warn, "%s", line);
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, model.hs_subheadings > 0 ? p.text_muted : p.warn);
        ImGui::TextWrapped("%s", line);
        ImGui::PopStyleColor();
    }
    ImGui::PopFont();

    // Four columns when each card gets 16 ems, else two: 8 cards make even rows either way.
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    const int columns = avail >= ImGui::GetFontSize() * 16 * 4 ? 4 : 2;
    const CardMetrics m = card_metrics((avail - spacing * (columns - 1)) / columns);
    // Before the app fills model.topics, the cards still show, empty.
    std::vector<TopicSummary> topics = model.topics;
    if (topics.empty())
        for (core::Topic t : core::all_topics) topics.push_back(TopicSummary{t, 0, 0, std::nullopt, "", ""});
    for (std::size_t i = 0; i < topics.size(); ++i) {
        if (i % columns != 0) ImGui::SameLine();
        topic_card(topics[i], m, intents);
    }
}

}  // namespace clearance::ui
