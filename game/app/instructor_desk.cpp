#include "app/instructor_desk.h"

#include "store/report.h"
#include "ui/i18n.h"

#include <string>

namespace clearance::app {

bool InstructorDesk::apply(const ui::Intent& intent, ui::Model& model) {
    ui::InstructorState& st = model.instructor;
    if (std::holds_alternative<ui::LockInstructor>(intent)) {
        lock(model);
        return true;
    }
    const auto* unlock = std::get_if<ui::UnlockInstructor>(&intent);
    const auto* first = std::get_if<ui::SetInstructorPassphrase>(&intent);
    if (!unlock && !first) return false;
    if (!store_) {
        st.message = ui::tr("No progress file is open.");
        return true;
    }
    try {
        if (first) {
            // Only the first one: replacing a passphrase needs the old one (`clearance` has no
            // screen for that yet), else anyone at the laptop could take the class over.
            if (store_->has_instructor_passphrase()) {
                st.message = ui::tr("A passphrase is already set.");
                st.passphrase_set = true;
                return true;
            }
            store_->set_instructor_passphrase(first->passphrase);
            st.passphrase_set = true;
            st.unlocked = true;
            st.message.clear();
            read_reports(model);
            return true;
        }
        const store::AuthResult auth = store_->verify_instructor(unlock->passphrase);
        switch (auth.status) {
            case store::AuthStatus::ok:
                st.unlocked = true;
                st.message.clear();
                read_reports(model);
                break;
            case store::AuthStatus::throttled:
                st.message = std::string(ui::tr("Too many wrong passphrases. Try again in")) + " " +
                             std::to_string((auth.retry_after_ms + 999) / 1000) + " s.";
                break;
            case store::AuthStatus::not_set:
                st.passphrase_set = false;
                st.message.clear();
                break;
            case store::AuthStatus::wrong: st.message = ui::tr("Wrong passphrase."); break;
        }
    } catch (const std::exception& e) {
        st.message = e.what();
    }
    return true;
}

void InstructorDesk::refresh(ui::Model& model) {
    ui::InstructorState& st = model.instructor;
    if (!store_) return;
    try {
        st.passphrase_set = store_->has_instructor_passphrase();
        if (st.unlocked) read_reports(model);
    } catch (const std::exception& e) {
        st.message = e.what();
    }
}

void InstructorDesk::lock(ui::Model& model) {
    const bool set = model.instructor.passphrase_set;
    model.instructor = {};
    model.instructor.passphrase_set = set;
}

void InstructorDesk::read_reports(ui::Model& model) {
    model.instructor.cohort = store::cohort_report(*store_);
    model.instructor.items = store::item_analysis(*store_);
}

}  // namespace clearance::app
