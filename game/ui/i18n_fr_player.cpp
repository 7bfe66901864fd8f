// French strings of the player screen and the debrief, keyed by the English text passed to tr().
namespace clearance::ui {

extern const char* const french_player[][2];
const char* const french_player[][2] = {
    {nullptr, nullptr},
};

}  // namespace clearance::ui
