// The instructor screen's side in the app: the passphrase checked against the store (which
// throttles wrong guesses), the first passphrase set, and the class reports read on unlock.
//
// Used by the window (gui_app.cpp) between frames. Invariant: model.instructor holds reports only
// while unlocked; locking (or leaving the screen) clears them, so a trainee at a shared laptop
// never finds the class's results left open.
#pragma once

#include "store/store.h"
#include "ui/ui.h"

namespace clearance::app {

class InstructorDesk {
public:
    void set_store(store::Store* store) { store_ = store; }

    // Applies an instructor intent; returns false for any other intent.
    bool apply(const ui::Intent& intent, ui::Model& model);
    // On entering the screen: whether a passphrase exists; fresh reports when unlocked.
    void refresh(ui::Model& model);
    // Locks the screen and forgets the reports.
    void lock(ui::Model& model);

private:
    void read_reports(ui::Model& model);

    store::Store* store_ = nullptr;
};

}  // namespace clearance::app
